import { ArrowLeftOutlined, PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTimelineEntry } from '../../../shared/schemas/session-lookups';
import type { Student } from '../../../shared/schemas/students';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { StudentCasesCard } from '../crisis/cases/StudentCasesCard';
import { StudentSafetyPlansCard } from '../crisis/safety-plan/StudentSafetyPlansCard';
import { errorText } from '../i18n/error-text';
import { caseSummaryPdfName } from '../print/pdf-file-names';
import { SavePdfButton } from '../print/SavePdfButton';
import { StudentScalesCard } from '../scales/StudentScalesCard';
import { CaseSummaryPrint } from '../sessions/CaseSummaryPrint';
import { StudentTimeline } from '../sessions/StudentTimeline';
import { useNoteCatalog } from '../sessions/use-note-catalog';
import { useTimeline } from '../sessions/use-timeline';
import { StudentForm } from './StudentForm';
import { classNameText } from './student-labels';
import { StudentStatusActions } from './StudentStatusActions';
import { StudentStatusTag } from './StudentStatusTag';

/**
 * One student's case file: opened with `students.get` (which the audit trail records), or a
 * new, empty one when `studentId` is null; with the student's notes in time order.
 */
export function StudentFilePage({
  studentId,
  schoolName,
  onBack,
  onOpenStudent,
  onOpenNote,
}: {
  studentId: string | null;
  schoolName: string;
  onBack: () => void;
  onOpenStudent: (id: string) => void;
  onOpenNote: (noteId: string, justCreated?: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const [student, setStudent] = useState<Student | null>(null);
  const [loadError, setLoadError] = useState<ClientError | null>(null);
  const { catalog } = useNoteCatalog();
  // A file created here has its id only once saved.
  const timeline = useTimeline(student?.id ?? null);
  const [creating, setCreating] = useState(false);
  // The scale result open over the file, from the scales card or the timeline.
  const [shownResult, setShownResult] = useState<string | null>(null);
  // The printed case summary lists the notes, as before scale results joined the timeline.
  const notes = timeline.entries?.filter((entry): entry is NoteTimelineEntry => entry.kind === 'note') ?? null;

  const newNote = async () => {
    if (!student) return;
    setCreating(true);
    const result = await api.call('sessions.createDraft', { studentId: student.id });
    setCreating(false);
    if (result.ok) onOpenNote(result.value.noteId, true);
    else setLoadError(result.error);
  };

  useEffect(() => {
    if (!studentId) return;
    void api.call('students.get', { id: studentId }).then((result) => {
      if (result.ok) setStudent(result.value);
      else setLoadError(result.error);
    });
  }, [studentId]);

  const back = (
    <Button type="link" className="back-link" icon={<ArrowLeftOutlined aria-hidden="true" />} onClick={onBack}>
      {t('students.file.back')}
    </Button>
  );

  if (loadError) {
    return (
      <div className="page">
        {back}
        <Alert type="error" showIcon title={errorText(t, loadError)} />
      </div>
    );
  }
  if (studentId && !student) {
    return (
      <div className="page">
        {back}
        <div className="loading-screen">
          <Spin />
          <span>{t('students.file.loading')}</span>
        </div>
      </div>
    );
  }

  const when = (iso: string) => new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long' }).format(new Date(iso));

  return (
    <div className="page">
      {back}
      <div className="page-heading">
        <div>
          <Typography.Title
            level={1}
            className={student ? 'page-title page-title--with-subtitle' : 'page-title'}
            data-testid="student-title"
          >
            {student ? student.name : t('students.file.newTitle')}
          </Typography.Title>
          {student && (
            <Typography.Paragraph className="page-subtitle" data-testid="student-summary">
              {classNameText(t, student.grade, student.classNumber)}
              <span className="separator" aria-hidden="true">
                ·
              </span>
              {t('students.file.number', { number: student.studentNumber })}
              <span className="separator" aria-hidden="true">
                ·
              </span>
              <StudentStatusTag status={student.status} />
              <br />
              <Typography.Text type="secondary" className="student-timestamps">
                {t('students.file.timestamps', { created: when(student.createdAt), updated: when(student.updatedAt) })}
              </Typography.Text>
            </Typography.Paragraph>
          )}
        </div>
        {student && (
          <div className="page-heading__actions">
            <Button
              type="primary"
              icon={<PlusOutlined aria-hidden="true" />}
              loading={creating}
              onClick={() => void newNote()}
            >
              {t('notes.new')}
            </Button>
            <Button icon={<PrinterOutlined aria-hidden="true" />} onClick={() => window.print()}>
              {t('print.caseSummary')}
            </Button>
            {/* Only once the summary's print sheet is there to become the PDF. */}
            {notes && catalog && <SavePdfButton fileName={caseSummaryPdfName(t, notes, new Date())} />}
            <StudentStatusActions student={student} onChanged={setStudent} />
          </div>
        )}
      </div>
      {student && student.status !== 'active' && (
        <Alert
          className="form-alert"
          type="info"
          showIcon
          data-testid="status-notice"
          title={t(`students.file.statusNotice.${student.status}`)}
        />
      )}
      {student && <StudentCasesCard studentId={student.id} />}
      {student && <StudentSafetyPlansCard student={student} />}
      {student && (
        <StudentTimeline
          entries={timeline.entries}
          error={timeline.error}
          catalog={catalog}
          onOpenNote={onOpenNote}
          onOpenResult={setShownResult}
          onNewNote={() => void newNote()}
        />
      )}
      {student && (
        <StudentScalesCard
          student={student}
          shownResultId={shownResult}
          onShowResult={setShownResult}
          onSaved={timeline.reload}
        />
      )}
      <StudentForm student={student} onSaved={setStudent} onOpenStudent={onOpenStudent} />
      {student && notes && catalog && (
        <CaseSummaryPrint student={student} entries={notes} catalog={catalog} schoolName={schoolName} />
      )}
    </div>
  );
}
