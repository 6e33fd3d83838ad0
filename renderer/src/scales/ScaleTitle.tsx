import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/schemas/scale-definition';
import { asLanguage, localized } from './localized-text';

/** A scale's title in the UI language, or in the other one with a tag that says so. */
export function ScaleTitle({ title }: { title: LocalizedText }) {
  const { t, i18n } = useTranslation();
  const shown = localized(title, asLanguage(i18n.language));
  return (
    <span className="scale-title">
      <span lang={shown.language}>{shown.text}</span>
      {shown.language !== i18n.language && (
        <Tag className="scale-title__only">{t(`scales.onlyIn.${shown.language}`)}</Tag>
      )}
    </span>
  );
}
