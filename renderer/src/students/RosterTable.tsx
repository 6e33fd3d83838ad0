import { Button, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode, UIEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudentSummary } from '../../../shared/schemas/students';
import { classNameText } from './student-labels';
import { StudentStatusTag } from './StudentStatusTag';

/** How close to the end of the loaded rows, in pixels, the next page is asked for. */
const nearEndPixels = 600;

/**
 * The roster as a virtual table: only the rows in view are in the page, so thousands of
 * students scroll smoothly. A row click, or the name as a button for the keyboard, opens the file.
 */
export function RosterTable({
  items,
  loading,
  height,
  onOpen,
  onNearEnd,
  empty,
}: {
  items: StudentSummary[];
  loading: boolean;
  height: number;
  onOpen: (id: string) => void;
  onNearEnd: () => void;
  /** Shown in place of rows when nothing matches. */
  empty: ReactNode;
}) {
  const { t } = useTranslation();
  const columns: TableColumnsType<StudentSummary> = [
    {
      key: 'name',
      title: t('students.columns.name'),
      width: 220,
      render: (_value, student) => (
        <Button
          type="link"
          className="roster-name"
          onClick={(event) => {
            event.stopPropagation();
            onOpen(student.id);
          }}
        >
          {student.name}
        </Button>
      ),
    },
    { key: 'studentNumber', dataIndex: 'studentNumber', title: t('students.columns.studentNumber'), width: 200 },
    {
      key: 'gender',
      title: t('students.columns.gender'),
      width: 120,
      render: (_value, student) =>
        student.gender ? (
          t(`students.genders.${student.gender}`)
        ) : (
          <Typography.Text type="secondary">{t('students.notGiven')}</Typography.Text>
        ),
    },
    {
      key: 'gradeClass',
      title: t('students.columns.gradeClass'),
      width: 240,
      render: (_value, student) => classNameText(t, student.grade, student.classNumber),
    },
    {
      key: 'status',
      title: t('students.columns.status'),
      width: 140,
      render: (_value, student) => <StudentStatusTag status={student.status} />,
    },
  ];

  const scrolled = (event: UIEvent<HTMLDivElement>) => {
    const { scrollHeight, scrollTop, clientHeight } = event.currentTarget;
    if (scrollHeight - scrollTop - clientHeight < nearEndPixels) onNearEnd();
  };

  return (
    <Table<StudentSummary>
      className="roster-table"
      virtual
      size="middle"
      rowKey="id"
      columns={columns}
      dataSource={items}
      pagination={false}
      loading={loading}
      locale={{ emptyText: empty }}
      scroll={{ x: 920, y: height }}
      onScroll={scrolled}
      onRow={(student) => ({ onClick: () => onOpen(student.id), className: 'roster-row' })}
    />
  );
}
