import { DownOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { effectiveEvents } from '../../../../shared/domain/crisis/corrections';
import type { CaseView } from '../../../../shared/schemas/crisis-records';
import type { Student } from '../../../../shared/schemas/students';
import { api } from '../../api/api';
import { PrintPreview } from '../forms/PrintPreview';
import { referralEvents } from './referral-facts';
import { referralNumber } from './referral-number';
import { ReferralFormPrint } from './ReferralFormPrint';

/**
 * 打印转介单 on the case page, once the case has a referral: the latest by default, any other
 * from the button's menu. The form reads the referral as corrected, if it was.
 */
export function ReferralFormButton({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<string | null>(null);
  const [student, setStudent] = useState<Student | null>(null);
  const events = effectiveEvents(view.events);
  const referrals = referralEvents(events);
  const studentId = view.student.id;

  useEffect(() => {
    if (!shown) return;
    void api.call('students.get', { id: studentId }).then((result) => {
      if (result.ok) setStudent(result.value);
    });
  }, [shown, studentId]);

  const latest = referrals.at(-1);
  if (!latest) return null;
  const referral = referrals.find((candidate) => candidate.id === shown) ?? null;
  const label = t('crisisForms.referral.printForm');
  const choose = (id: string) => setShown(id);

  return (
    <>
      {referrals.length === 1 ? (
        <Button icon={<PrinterOutlined aria-hidden="true" />} onClick={() => choose(latest.id)}>
          {label}
        </Button>
      ) : (
        <Dropdown
          menu={{
            items: referrals.map((candidate) => ({
              key: candidate.id,
              label: t('crisisForms.referral.which', {
                date: candidate.body.occurredOn,
                institution: candidate.body.institution,
              }),
            })),
            onClick: ({ key }) => choose(key),
          }}
        >
          <Button icon={<PrinterOutlined aria-hidden="true" />}>
            {label} <DownOutlined aria-hidden="true" />
          </Button>
        </Dropdown>
      )}
      {referral && student && (
        <PrintPreview
          open
          title={t('crisisForms.referral.print.title')}
          fileName={`${t('crisisForms.referral.fileName')}-${referralNumber(referral.body.occurredOn, referral.id)}`}
          onClose={() => setShown(null)}
        >
          <ReferralFormPrint view={view} events={events} referral={referral} student={student} />
        </PrintPreview>
      )}
    </>
  );
}
