import { Button } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MoveChoice } from './move-choices';
import { refusalText } from './refusal-text';

/** A move's button; a refused move stays visible, disabled, with every reason in words beside it. */
export function MoveButton({ choice, label, onOpen }: { choice: MoveChoice; label: string; onOpen: () => void }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const { allowed, refusals, requires } = choice.option;
  return (
    <div className={allowed ? 'move' : 'move move--refused'} data-testid={`move-${choice.key}`}>
      <Button
        size="large"
        disabled={!allowed}
        onClick={onOpen}
        aria-describedby={allowed && requires.length === 0 ? undefined : reasonId}
      >
        {label}
      </Button>
      {!allowed ? (
        <ul id={reasonId} className="move__reasons">
          {refusals.map((code) => (
            <li key={code}>{refusalText(t, code)}</li>
          ))}
        </ul>
      ) : requires.includes('guardian-notice') ? (
        <p id={reasonId} className="move__requires">
          {t('crisis.moves.requiresGuardianNotice')}
        </p>
      ) : null}
    </div>
  );
}
