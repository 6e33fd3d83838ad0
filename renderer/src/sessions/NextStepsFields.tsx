import { Checkbox, Col, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type NextAppointment, noteTextLimits } from '../../../shared/schemas/sessions';
import type { FieldsProps } from './note-fields';

interface AppointmentInput {
  date: string;
  time: string;
  note: string;
}

/**
 * The plan, who to inform, referral and the next appointment. An appointment is stored once it
 * has a date; until then its time and note wait here.
 */
export function NextStepsFields({ content, onChange }: FieldsProps) {
  const { t } = useTranslation();
  const [appointment, setAppointment] = useState<AppointmentInput>({
    date: content.nextAppointment?.date ?? '',
    time: content.nextAppointment?.time ?? '',
    note: content.nextAppointment?.note ?? '',
  });
  const changeAppointment = (patch: Partial<AppointmentInput>) => {
    const next = { ...appointment, ...patch };
    setAppointment(next);
    const stored: NextAppointment | null = next.date
      ? { date: next.date, time: next.time === '' ? null : next.time, note: next.note }
      : null;
    onChange({ nextAppointment: stored });
  };
  return (
    <>
      <Form.Item label={t('notes.fields.plan')} htmlFor="note-plan">
        <Input.TextArea
          id="note-plan"
          autoSize={{ minRows: 2, maxRows: 10 }}
          maxLength={noteTextLimits.plan}
          value={content.plan}
          onChange={(event) => onChange({ plan: event.target.value })}
        />
      </Form.Item>
      <Form.Item label={t('notes.fields.followUp')}>
        <div className="note-checks">
          <Checkbox
            checked={content.informClassTeacher}
            onChange={(event) => onChange({ informClassTeacher: event.target.checked })}
          >
            {t('notes.fields.informClassTeacher')}
          </Checkbox>
          <Checkbox
            checked={content.informParents}
            onChange={(event) => onChange({ informParents: event.target.checked })}
          >
            {t('notes.fields.informParents')}
          </Checkbox>
          <Checkbox checked={content.refer} onChange={(event) => onChange({ refer: event.target.checked })}>
            {t('notes.fields.refer')}
          </Checkbox>
        </div>
      </Form.Item>
      <fieldset className="note-appointment">
        <legend>{t('notes.fields.nextAppointment')}</legend>
        <Row gutter={24}>
          <Col xs={12} md={6}>
            <Form.Item label={t('notes.fields.appointmentDate')} htmlFor="note-next-date">
              <Input
                id="note-next-date"
                type="date"
                value={appointment.date}
                onChange={(event) => changeAppointment({ date: event.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t('notes.fields.appointmentTime')} htmlFor="note-next-time">
              <Input
                id="note-next-time"
                type="time"
                value={appointment.time}
                onChange={(event) => changeAppointment({ time: event.target.value })}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              label={t('notes.fields.appointmentNote')}
              htmlFor="note-next-note"
              extra={appointment.date ? undefined : t('notes.fields.appointmentNeedsDate')}
            >
              <Input
                id="note-next-note"
                maxLength={noteTextLimits.appointmentNote}
                value={appointment.note}
                autoComplete="off"
                onChange={(event) => changeAppointment({ note: event.target.value })}
              />
            </Form.Item>
          </Col>
        </Row>
      </fieldset>
    </>
  );
}
