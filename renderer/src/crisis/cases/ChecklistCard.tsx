import { CheckCircleFilled, MinusCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistStatus } from '../../../../shared/schemas/crisis';
import type { CaseView } from '../../../../shared/schemas/crisis-records';
import type { ClientError } from '../../api/client-result';
import { CardTitle } from '../../app/CardTitle';
import { asLanguage, textIn } from '../../scales/localized-text';
import { today } from './day-count';
import { checklistMove } from './move-choices';
import { caseErrorText, refusalText } from './refusal-text';
import type { RecordEvent } from './use-case-view';

const marks: ChecklistStatus[] = ['done', 'not-applicable'];

/**
 * What the current level typically triggers, as a checklist: one click marks an item done or
 * not applicable (a checklist-item event of today); the latest mark of an item counts.
 */
export function ChecklistCard({ view, record }: { view: CaseView; record: RecordEvent }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const move = checklistMove(view.moves);
  const allowed = move?.allowed ?? false;

  const mark = async (itemId: string, status: ChecklistStatus) => {
    setBusy(`${itemId}:${status}`);
    setError(null);
    const result = await record({
      type: 'checklist-item',
      occurredOn: today(),
      occurredTime: null,
      itemId,
      status,
      note: '',
    });
    setBusy(null);
    if (!result.ok) setError(result.error);
  };

  return (
    <Card
      className="settings-card"
      title={<CardTitle>{t('crisis.checklist.title', { level: textIn(view.status.level.label, language) })}</CardTitle>}
      data-testid="case-checklist"
    >
      {move && !allowed && (
        <p className="move__reasons">{move.refusals.map((code) => refusalText(t, code)).join(' ')}</p>
      )}
      <ul className="checklist">
        {view.checklist.map(({ item, status }) => (
          <li
            key={item.id}
            className={`checklist__item checklist__item--${status}`}
            data-testid={`checklist-${item.id}`}
          >
            <span className="checklist__status">
              {status === 'done' ? (
                <CheckCircleFilled aria-hidden="true" />
              ) : status === 'not-applicable' ? (
                <MinusCircleOutlined aria-hidden="true" />
              ) : null}
              {t(`crisis.checklist.${status}`)}
            </span>
            <span className="checklist__label">{textIn(item.label, language)}</span>
            {allowed && (
              <span className="checklist__actions">
                {marks.map((next) => (
                  <Button
                    key={next}
                    disabled={status === next}
                    loading={busy === `${item.id}:${next}`}
                    aria-label={t(`crisis.checklist.mark-${next}`, { item: textIn(item.label, language) })}
                    onClick={() => void mark(item.id, next)}
                  >
                    {t(`crisis.checklist.action-${next}`)}
                  </Button>
                ))}
              </span>
            )}
          </li>
        ))}
      </ul>
      {error && <Alert type="error" showIcon role="alert" title={caseErrorText(t, error)} />}
    </Card>
  );
}
