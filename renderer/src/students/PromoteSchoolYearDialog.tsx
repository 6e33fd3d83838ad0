import { Alert, Button, Form, Modal, Result, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PromotionResult } from '../../../shared/schemas/students';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { errorText } from '../i18n/error-text';
import { schoolYearChoices, schoolYearCode, schoolYearToStart } from './school-year';

/**
 * 新学年升级: says plainly what happens to every active student before it happens, then shows
 * how many moved up and how many graduated.
 */
export function PromoteSchoolYearDialog({
  open,
  onClose,
  onPromoted,
}: {
  open: boolean;
  onClose: () => void;
  onPromoted: () => void;
}) {
  const { t } = useTranslation();
  const today = new Date();
  const [startYear, setStartYear] = useState(() => schoolYearToStart(today));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [result, setResult] = useState<PromotionResult | null>(null);

  const yearText = (start: number) => t('students.promote.schoolYearOption', { start, end: start + 1 });

  const promote = async () => {
    setBusy(true);
    setError(null);
    const outcome = await api.call('students.promoteSchoolYear', { schoolYear: schoolYearCode(startYear) });
    setBusy(false);
    if (!outcome.ok) return setError(outcome.error);
    setResult(outcome.value);
    onPromoted();
  };

  const close = () => {
    setError(null);
    setResult(null);
    onClose();
  };

  return (
    <Modal
      open={open}
      title={result ? null : t('students.promote.title')}
      onCancel={close}
      width={620}
      footer={
        result ? (
          <Button type="primary" onClick={close}>
            {t('students.promote.close')}
          </Button>
        ) : (
          <>
            <Button onClick={close}>{t('students.promote.cancel')}</Button>
            <Button type="primary" loading={busy} onClick={() => void promote()}>
              {t('students.promote.confirm')}
            </Button>
          </>
        )
      }
    >
      {result ? (
        <Result
          status="success"
          title={t('students.promote.doneTitle', {
            start: Number(result.schoolYear.slice(0, 4)),
            end: Number(result.schoolYear.slice(5)),
          })}
          subTitle={
            <span data-testid="promotion-result">
              {t('students.promote.done', { promoted: result.promoted, graduated: result.graduated })}
            </span>
          }
        />
      ) : (
        <>
          <Typography.Paragraph>{t('students.promote.intro')}</Typography.Paragraph>
          <ul className="promotion-points">
            <li>{t('students.promote.moveUp')}</li>
            <li>{t('students.promote.graduate')}</li>
            <li>{t('students.promote.keep')}</li>
            <li>
              <strong>{t('students.promote.once')}</strong>
            </li>
          </ul>
          <Form layout="vertical" requiredMark={false}>
            <Form.Item label={t('students.promote.schoolYear')} htmlFor="promotion-school-year">
              <Select
                id="promotion-school-year"
                className="promotion-year"
                value={startYear}
                onChange={setStartYear}
                options={schoolYearChoices(today).map((start) => ({ value: start, label: yearText(start) }))}
              />
            </Form.Item>
          </Form>
          {error && <Alert type="error" showIcon title={errorText(t, error)} data-testid="promotion-error" />}
        </>
      )}
    </Modal>
  );
}
