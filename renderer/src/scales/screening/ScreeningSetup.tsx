import { FileExcelOutlined } from '@ant-design/icons';
import { Button, Col, Form, Input, Row, Select, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScaleSummary } from '../../../../shared/schemas/scales';
import { importLimitMegabytes } from '../../students/import/file-content';
import { asLanguage, textIn } from '../localized-text';
import type { FlagLevel } from './flag-levels';

export interface SetupValues {
  scaleHash: string | null;
  flagConcern: number;
  title: string;
  administeredOn: string;
}

/** What the screening is: the scale, the flag level, a title and the day it was held; and the file. */
export function ScreeningSetup({
  scales,
  levels,
  values,
  fileName,
  reading,
  onChange,
  onPick,
}: {
  scales: ScaleSummary[];
  levels: FlagLevel[];
  values: SetupValues;
  fileName: string | null;
  reading: boolean;
  onChange: (values: SetupValues) => void;
  onPick: (file: File) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const set = (change: Partial<SetupValues>) => onChange({ ...values, ...change });
  return (
    <Form layout="vertical" component="div" className="screening-setup">
      <Row gutter={24}>
        <Col xs={24} md={12}>
          <Form.Item label={t('screening.import.scale')} htmlFor="screening-scale" required>
            <Select
              id="screening-scale"
              placeholder={t('screening.import.scalePlaceholder')}
              value={values.scaleHash ?? undefined}
              onChange={(scaleHash: string) => set({ scaleHash })}
              options={scales.map((scale) => ({ value: scale.hash, label: textIn(scale.title, language) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label={t('screening.import.flagLevel')}
            htmlFor="screening-flag-level"
            extra={t('screening.import.flagLevelHelp')}
          >
            <Select
              id="screening-flag-level"
              disabled={levels.length === 0}
              value={levels.length > 0 ? values.flagConcern : undefined}
              onChange={(flagConcern: number) => set({ flagConcern })}
              options={levels.map((level) => ({
                value: level.concern,
                label: t('screening.import.flagOption', { band: textIn(level.label, language) }),
              }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('screening.import.title')} htmlFor="screening-title" required>
            <Input
              id="screening-title"
              maxLength={100}
              value={values.title}
              placeholder={t('screening.import.titlePlaceholder')}
              onChange={(event) => set({ title: event.target.value })}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('screening.import.date')} htmlFor="screening-date" required>
            <Input
              id="screening-date"
              type="date"
              value={values.administeredOn}
              onChange={(event) => set({ administeredOn: event.target.value })}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        label={t('screening.import.file')}
        extra={t('screening.import.fileHelp', { megabytes: importLimitMegabytes })}
      >
        <div className="screening-setup__file">
          <Upload
            accept=".xlsx,.csv"
            multiple={false}
            showUploadList={false}
            disabled={reading || !values.scaleHash}
            beforeUpload={(file) => {
              onPick(file);
              return Upload.LIST_IGNORE;
            }}
          >
            <Button icon={<FileExcelOutlined aria-hidden="true" />} loading={reading} disabled={!values.scaleHash}>
              {fileName ? t('screening.import.otherFile') : t('screening.import.chooseFile')}
            </Button>
          </Upload>
          {fileName && <Typography.Text data-testid="screening-file-name">{fileName}</Typography.Text>}
          {!values.scaleHash && <Typography.Text type="secondary">{t('screening.import.scaleFirst')}</Typography.Text>}
        </div>
      </Form.Item>
    </Form>
  );
}
