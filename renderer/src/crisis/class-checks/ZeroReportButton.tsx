import { CheckOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period, RosterClass } from '../../../../shared/schemas/class-checks';
import { api } from '../../api/api';
import { errorText } from '../../i18n/error-text';
import { classNameText } from '../../students/student-labels';
import { zeroReport } from './class-check-month';
import { classRoster } from './class-roster';

/**
 * 零报告 in one click, as easy as it must be: the class size is counted from the roster and the
 * teacher taken from it, so there is nothing to fill in.
 */
export function ZeroReportButton({
  target,
  period,
  onRecorded,
}: {
  target: RosterClass;
  period: Period;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const className = classNameText(t, target.grade, target.classNumber);

  const record = async () => {
    setBusy(true);
    const roster = await classRoster(target.grade, target.classNumber);
    const result = roster.ok
      ? await api.call('classChecks.record', zeroReport(target, roster.value.size, period, new Date()))
      : roster;
    setBusy(false);
    if (!result.ok) return void message.error(errorText(t, result.error));
    void message.success(t('classChecks.zeroRecorded', { className }));
    onRecorded();
  };

  return (
    <Button
      icon={<CheckOutlined aria-hidden="true" />}
      loading={busy}
      onClick={() => void record()}
      aria-label={t('classChecks.zeroFor', { className })}
    >
      {t('classChecks.zero')}
    </Button>
  );
}
