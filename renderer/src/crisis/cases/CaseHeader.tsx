import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../shared/schemas/crisis-records';
import { longDate } from '../../sessions/note-time';
import { classNameText } from '../../students/student-labels';
import { visitedStages } from './case-history';
import { daysBetween, today } from './day-count';
import { DueText } from './DueText';
import { LevelTag } from './LevelTag';
import { StageSteps } from './StageSteps';

/** Who, how urgent, where in the five modules, and when the student was last and is next seen. */
export function CaseHeader({ view, onOpenStudent }: { view: CaseView; onOpenStudent: (studentId: string) => void }) {
  const { t, i18n } = useTranslation();
  const { student, status, opening } = view;
  const date = (day: string) => longDate(day, i18n.language);
  const lastContact = status.lastContactOn;

  return (
    <header className="case-header" data-testid="case-header">
      <Typography.Title level={1} className="page-title page-title--with-subtitle">
        {t('crisis.case.title')}
        <Button type="link" className="case-header__student" onClick={() => onOpenStudent(student.id)}>
          {student.name}
        </Button>
      </Typography.Title>
      <Typography.Paragraph className="page-subtitle">
        {classNameText(t, student.grade, student.classNumber)}
        <span className="separator" aria-hidden="true">
          ·
        </span>
        {t('students.file.number', { number: student.studentNumber })}
        <span className="separator" aria-hidden="true">
          ·
        </span>
        {t('crisis.case.opened', {
          date: date(opening.occurredOn),
          source: t(`crisis.sources.${opening.source.kind}`),
        })}
      </Typography.Paragraph>
      <dl className="case-facts">
        <div>
          <dt>{t('crisis.case.level')}</dt>
          <dd data-testid="case-level">
            <LevelTag level={status.level} large />
          </dd>
        </div>
        <div>
          <dt>{t('crisis.case.stage')}</dt>
          <dd data-testid="case-stage">{t(`crisis.stages.${status.stage}`)}</dd>
        </div>
        <div>
          <dt>{t('crisis.case.lastContact')}</dt>
          <dd data-testid="case-last-contact">
            {lastContact
              ? t('crisis.case.lastContactOn', { date: date(lastContact), count: daysBetween(lastContact, today()) })
              : t('crisis.case.noContactYet')}
          </dd>
        </div>
        <div>
          <dt>{t('crisis.case.nextFollowUp')}</dt>
          <dd data-testid="case-next-follow-up">
            {view.nextFollowUp ? <DueText due={view.nextFollowUp.due} /> : t('crisis.case.noFollowUp')}
          </dd>
        </div>
      </dl>
      <StageSteps stage={status.stage} visited={visitedStages(opening, view.events)} />
      {status.closure && (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          data-testid="case-closed"
          title={t('crisis.case.closed', {
            date: date(status.closure.on),
            reason: t(`crisis.closureReasons.${status.closure.reason}`),
          })}
        />
      )}
      {status.guardianNotice === 'pending' && (
        <Alert type="warning" showIcon className="form-alert" title={t('crisis.case.noticePending')} />
      )}
      {status.leave && (
        <Alert
          type="info"
          showIcon
          className="form-alert"
          title={t('crisis.case.onLeave', { date: date(status.leave.since) })}
        />
      )}
    </header>
  );
}
