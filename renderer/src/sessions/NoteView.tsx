import { useTranslation } from 'react-i18next';
import type { ConcernCategory, NoteTemplate } from '../../../shared/schemas/session-catalog';
import type { NoteContent } from '../../../shared/schemas/sessions';
import { catalogLabel } from './catalog-labels';
import { longDate } from './note-time';

/** A category by its code, also when the school has since retired or removed it. */
export function categoryLabel(code: string, categories: ConcernCategory[], language: string): string {
  const category = categories.find((item) => item.code === code);
  return category ? catalogLabel(category, language) : code;
}

/** A note read, not edited: the signed text, a version in the history, and the printed page. */
export function NoteView({
  content,
  template,
  categories,
}: {
  content: NoteContent;
  template: NoteTemplate;
  categories: ConcernCategory[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const none = <span className="note-view__empty">{t('notes.view.notFilled')}</span>;
  const times = content.startTime && content.endTime ? `${content.startTime}–${content.endTime}` : null;
  const followUps = [
    content.informClassTeacher && t('notes.fields.informClassTeacher'),
    content.informParents && t('notes.fields.informParents'),
    content.refer && t('notes.fields.refer'),
  ].filter((text): text is string => typeof text === 'string');
  const appointment = content.nextAppointment;

  return (
    <div className="note-view">
      <dl className="note-facts">
        <dt>{t('notes.fields.date')}</dt>
        <dd>{content.date ? longDate(content.date, language) : none}</dd>
        <dt>{t('notes.view.time')}</dt>
        <dd>{times ?? none}</dd>
        <dt>{t('notes.fields.place')}</dt>
        <dd>{content.place || none}</dd>
        <dt>{t('notes.fields.kind')}</dt>
        <dd>{content.kind ? t(`notes.kinds.${content.kind}`) : none}</dd>
        <dt>{t('notes.fields.mode')}</dt>
        <dd>{content.mode ? t(`notes.modes.${content.mode}`) : none}</dd>
        <dt>{t('notes.fields.referralRoute')}</dt>
        <dd>{content.referralRoute ? t(`notes.routes.${content.referralRoute}`) : none}</dd>
        <dt>{t('notes.fields.categories')}</dt>
        <dd>
          {content.categories.length > 0
            ? content.categories
                .map((code) => categoryLabel(code, categories, language))
                .join(t('notes.view.listSeparator'))
            : none}
        </dd>
      </dl>
      {template.sections.map((section) => (
        <section key={section.key} className="note-view__section">
          <h3>{catalogLabel(section, language)}</h3>
          <p className="note-view__text">{content.sections[section.key] || none}</p>
        </section>
      ))}
      <section className="note-view__section">
        <h3>{t('notes.fields.risk')}</h3>
        <p>{content.risk ? t(`notes.risks.${content.risk}`) : none}</p>
      </section>
      <section className="note-view__section">
        <h3>{t('notes.fields.plan')}</h3>
        <p className="note-view__text">{content.plan || none}</p>
      </section>
      <section className="note-view__section">
        <h3>{t('notes.fields.followUp')}</h3>
        <p>{followUps.length > 0 ? followUps.join(t('notes.view.listSeparator')) : t('notes.view.noFollowUp')}</p>
      </section>
      <section className="note-view__section">
        <h3>{t('notes.fields.nextAppointment')}</h3>
        <p>
          {appointment
            ? [longDate(appointment.date, language), appointment.time, appointment.note].filter(Boolean).join(' · ')
            : t('notes.view.noAppointment')}
        </p>
      </section>
    </div>
  );
}
