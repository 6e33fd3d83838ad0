import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StudentStatus } from '../../../shared/schemas/students';

const statusColors: Record<StudentStatus, string> = { active: 'green', archived: 'default', graduated: 'blue' };

/** The status in words; the colour only repeats them. */
export function StudentStatusTag({ status }: { status: StudentStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={statusColors[status]} className="status-tag">
      {t(`students.status.${status}`)}
    </Tag>
  );
}
