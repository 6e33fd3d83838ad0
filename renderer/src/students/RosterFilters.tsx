import { SearchOutlined } from '@ant-design/icons';
import { Checkbox, Input, InputNumber, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ClassNumber, gradeCodes, studentStatuses } from '../../../shared/schemas/students';
import type { RosterFilter } from './roster-filter';
import { gradeListHeight, numberBounds } from './student-labels';

/** Search and filters above the roster; each control has a visible label tied to it. */
export function RosterFilters({
  filter,
  onChange,
}: {
  filter: RosterFilter;
  onChange: (filter: RosterFilter) => void;
}) {
  const { t } = useTranslation();
  const change = (part: Partial<RosterFilter>) => onChange({ ...filter, ...part });
  return (
    <div className="roster-filters" role="search" aria-label={t('students.filters.label')}>
      <div className="roster-filter roster-filter--search">
        <label htmlFor="roster-search">{t('students.filters.search')}</label>
        <Input
          id="roster-search"
          value={filter.query}
          onChange={(event) => change({ query: event.target.value })}
          placeholder={t('students.filters.searchPlaceholder')}
          prefix={<SearchOutlined aria-hidden="true" />}
          allowClear
          maxLength={50}
          autoComplete="off"
          spellCheck={false}
        />
      </div>
      <div className="roster-filter">
        <label htmlFor="roster-grade">{t('students.filters.grade')}</label>
        <Select<RosterFilter['grade']>
          id="roster-grade"
          className="roster-filter__grade"
          listHeight={gradeListHeight}
          virtual={false}
          value={filter.grade}
          onChange={(grade) => change({ grade })}
          options={[
            { value: null, label: t('students.filters.allGrades') },
            ...gradeCodes.map((grade) => ({ value: grade, label: t(`students.grades.${grade}`) })),
          ]}
        />
      </div>
      <div className="roster-filter">
        <label htmlFor="roster-class">{t('students.filters.classNumber')}</label>
        <InputNumber<number>
          id="roster-class"
          className="roster-filter__class"
          value={filter.classNumber}
          onChange={(classNumber) => change({ classNumber: classNumber ?? null })}
          placeholder={t('students.filters.allClasses')}
          {...numberBounds(ClassNumber)}
          precision={0}
        />
      </div>
      <div className="roster-filter">
        <span id="roster-status-label" className="roster-filter__label">
          {t('students.filters.status')}
        </span>
        <Radio.Group
          aria-labelledby="roster-status-label"
          optionType="button"
          value={filter.status}
          onChange={(event) => change({ status: event.target.value as RosterFilter['status'] })}
          options={[...studentStatuses, 'all' as const].map((status) => ({
            value: status,
            label: t(`students.status.${status}`),
          }))}
        />
      </div>
      <div className="roster-filter roster-filter--follow-ups">
        <Checkbox checked={filter.openFollowUps} onChange={(event) => change({ openFollowUps: event.target.checked })}>
          {t('students.filters.openFollowUps')}
        </Checkbox>
      </div>
    </div>
  );
}
