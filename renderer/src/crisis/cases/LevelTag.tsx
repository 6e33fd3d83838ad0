import { FlagFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LevelTag as Level } from '../../../../shared/schemas/crisis-records';
import { asLanguage, textIn } from '../../scales/localized-text';
import { levelTagColour } from './level-colour';

/** A warning level as its label with its colour and a flag: the words carry the meaning. */
export function LevelTag({ level, large = false }: { level: Pick<Level, 'colour' | 'label'>; large?: boolean }) {
  const { i18n } = useTranslation();
  return (
    <Tag
      color={levelTagColour[level.colour]}
      className={large ? 'level-tag level-tag--large' : 'level-tag'}
      icon={<FlagFilled aria-hidden="true" />}
      data-testid="level-tag"
    >
      {textIn(level.label, asLanguage(i18n.language))}
    </Tag>
  );
}
