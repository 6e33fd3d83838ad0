import { CalendarOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Typography } from 'antd';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n/error-text';
import { PromoteSchoolYearDialog } from './PromoteSchoolYearDialog';
import { defaultRosterFilter, isNarrowed, type RosterFilter } from './roster-filter';
import { RosterFilters } from './RosterFilters';
import { RosterTable } from './RosterTable';
import { useDebouncedValue } from './use-debounced-value';
import { useAnyStudent } from './use-any-student';
import { useElementHeight } from './use-element-height';
import { useRoster } from './use-roster';

/** Typing pauses this long before the roster is searched. */
const searchDelayMs = 200;
/** The table's own header row, which the virtual body's height leaves room for. */
const tableHeaderHeight = 50;

/** 学生档案: the roster with search and filters, and the ways to add students. */
export function RosterPage({
  filter,
  onFilterChange,
  onOpen,
  onCreate,
  onImport,
}: {
  filter: RosterFilter;
  onFilterChange: (filter: RosterFilter) => void;
  onOpen: (id: string) => void;
  onCreate: () => void;
  onImport: () => void;
}) {
  const { t } = useTranslation();
  const query = useDebouncedValue(filter.query, searchDelayMs);
  const { grade, classNumber, status, openFollowUps } = filter;
  const searched = useMemo(
    () => ({ query, grade, classNumber, status, openFollowUps }),
    [query, grade, classNumber, status, openFollowUps],
  );
  const roster = useRoster(searched);
  const tableBox = useRef<HTMLDivElement>(null);
  const tableHeight = useElementHeight(tableBox);
  const [promoting, setPromoting] = useState(false);

  const narrowed = isNarrowed(searched);
  const emptyDefaultRoster = roster.items?.length === 0 && !roster.loading && !roster.error && !narrowed;
  const anyStudent = useAnyStudent(emptyDefaultRoster);
  const noStudentsAtAll = anyStudent === false;
  const shown = roster.items?.length ?? 0;

  return (
    <div className="page page--wide roster-page">
      <div className="page-heading">
        <Typography.Title level={1} className="page-title">
          {t('students.title')}
        </Typography.Title>
        <div className="page-heading__actions">
          <Button icon={<CalendarOutlined aria-hidden="true" />} onClick={() => setPromoting(true)}>
            {t('students.actions.promote')}
          </Button>
          <Button icon={<UploadOutlined aria-hidden="true" />} onClick={onImport}>
            {t('students.actions.import')}
          </Button>
          <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={onCreate}>
            {t('students.actions.add')}
          </Button>
        </div>
      </div>
      {roster.error && (
        <Alert
          className="form-alert"
          type="error"
          showIcon
          title={errorText(t, roster.error)}
          action={<Button onClick={roster.reload}>{t('frame.retry')}</Button>}
        />
      )}
      {noStudentsAtAll ? (
        <Card className="roster-empty" data-testid="roster-empty">
          <Empty
            description={
              <>
                <Typography.Title level={2} className="roster-empty__title">
                  {t('students.empty.title')}
                </Typography.Title>
                <Typography.Paragraph>{t('students.empty.text')}</Typography.Paragraph>
              </>
            }
          >
            <div className="roster-empty__actions">
              <Button type="primary" icon={<PlusOutlined aria-hidden="true" />} onClick={onCreate}>
                {t('students.actions.add')}
              </Button>
              <Button icon={<UploadOutlined aria-hidden="true" />} onClick={onImport}>
                {t('students.actions.import')}
              </Button>
            </div>
          </Empty>
        </Card>
      ) : (
        <>
          <RosterFilters filter={filter} onChange={onFilterChange} />
          <div className="roster-summary">
            <Typography.Text className="roster-count" data-testid="roster-count" aria-live="polite">
              {roster.items === null
                ? '\u00a0'
                : shown < roster.total
                  ? t('students.countPartial', { total: roster.total, shown })
                  : t('students.count', { total: roster.total })}
            </Typography.Text>
            {isNarrowed(filter) && (
              <Button type="link" className="roster-summary__clear" onClick={() => onFilterChange(defaultRosterFilter)}>
                {t('students.filters.clear')}
              </Button>
            )}
          </div>
          <div ref={tableBox} className="roster-table-box" data-testid="roster-table">
            <RosterTable
              items={roster.items ?? []}
              loading={roster.loading || (emptyDefaultRoster && anyStudent === null)}
              height={Math.max(tableHeight - tableHeaderHeight, 120)}
              onOpen={onOpen}
              onNearEnd={roster.loadMore}
              empty={
                <Empty description={t('students.empty.noMatch')}>
                  <Typography.Paragraph type="secondary">{t('students.empty.noMatchText')}</Typography.Paragraph>
                  {!narrowed && (
                    <Button onClick={() => onFilterChange({ ...filter, status: 'all' })}>
                      {t('students.filters.showAll')}
                    </Button>
                  )}
                </Empty>
              }
            />
          </div>
        </>
      )}
      <PromoteSchoolYearDialog open={promoting} onClose={() => setPromoting(false)} onPromoted={roster.reload} />
    </div>
  );
}
