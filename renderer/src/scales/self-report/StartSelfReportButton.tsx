import { UserSwitchOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSelfReportControls } from './self-report-mode';
import { StartSelfReportDialog } from './StartSelfReportDialog';

/** 学生自评 in the student's file: the counselor chooses, then hands the screen over. */
export function StartSelfReportButton({ studentId }: { studentId: string }) {
  const { t } = useTranslation();
  const controls = useSelfReportControls();
  const [starting, setStarting] = useState(false);
  return (
    <>
      <Button icon={<UserSwitchOutlined aria-hidden="true" />} onClick={() => setStarting(true)}>
        {t('selfReport.start.button')}
      </Button>
      {starting && (
        <StartSelfReportDialog
          studentId={studentId}
          onHandOver={controls.handOver}
          onClose={() => setStarting(false)}
        />
      )}
    </>
  );
}
