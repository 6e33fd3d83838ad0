import { useTranslation } from 'react-i18next';
import type { FollowUpSchedule } from '../../../shared/schemas/crisis-policy';

/** "First follow-up within 3 days, then every 7 days", as the counselor reads a schedule. */
export function FollowUpText({ schedule }: { schedule: FollowUpSchedule }) {
  const { t } = useTranslation();
  const first =
    schedule.firstWithinDays === 0
      ? t('crisisPolicy.followUp.sameDay')
      : t('crisisPolicy.followUp.first', { count: schedule.firstWithinDays });
  const then =
    schedule.thenEveryDays === 1
      ? t('crisisPolicy.followUp.daily')
      : t('crisisPolicy.followUp.then', { count: schedule.thenEveryDays });
  return <>{t('crisisPolicy.followUp.schedule', { first, then })}</>;
}
