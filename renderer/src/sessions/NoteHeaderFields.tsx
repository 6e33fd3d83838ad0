import { Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { noteTextLimits, referralRoutes, sessionKinds, sessionModes } from '../../../shared/schemas/sessions';
import { type FieldsProps, orNull } from './note-fields';

/** The paper form's header: when, where, what kind of session, how the student came. */
export function NoteHeaderFields({ content, onChange }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Row gutter={24}>
        <Col xs={24} md={8}>
          <Form.Item label={t('notes.fields.date')} htmlFor="note-date" required>
            <Input
              id="note-date"
              type="date"
              value={content.date ?? ''}
              onChange={(event) => onChange({ date: orNull(event.target.value) })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('notes.fields.startTime')} htmlFor="note-start" required>
            <Input
              id="note-start"
              type="time"
              value={content.startTime ?? ''}
              onChange={(event) => onChange({ startTime: orNull(event.target.value) })}
            />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item label={t('notes.fields.endTime')} htmlFor="note-end" required>
            <Input
              id="note-end"
              type="time"
              value={content.endTime ?? ''}
              onChange={(event) => onChange({ endTime: orNull(event.target.value) })}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('notes.fields.place')} htmlFor="note-place">
        <Input
          id="note-place"
          value={content.place}
          maxLength={noteTextLimits.place}
          placeholder={t('notes.fields.placeExample')}
          autoComplete="off"
          onChange={(event) => onChange({ place: event.target.value })}
        />
      </Form.Item>
      <Form.Item label={t('notes.fields.kind')} required>
        <Radio.Group
          aria-label={t('notes.fields.kind')}
          value={content.kind}
          onChange={(event) => onChange({ kind: event.target.value })}
          options={sessionKinds.map((kind) => ({ value: kind, label: t(`notes.kinds.${kind}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('notes.fields.mode')} required>
        <Radio.Group
          aria-label={t('notes.fields.mode')}
          value={content.mode}
          onChange={(event) => onChange({ mode: event.target.value })}
          options={sessionModes.map((mode) => ({ value: mode, label: t(`notes.modes.${mode}`) }))}
        />
      </Form.Item>
      <Form.Item label={t('notes.fields.referralRoute')} required={content.kind === 'individual'}>
        <Radio.Group
          aria-label={t('notes.fields.referralRoute')}
          value={content.referralRoute}
          onChange={(event) => onChange({ referralRoute: event.target.value })}
          options={referralRoutes.map((route) => ({ value: route, label: t(`notes.routes.${route}`) }))}
        />
      </Form.Item>
    </>
  );
}
