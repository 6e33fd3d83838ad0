import { InboxOutlined } from '@ant-design/icons';
import { Alert, Spin, Typography, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { importLimitMegabytes } from './file-content';

/** Step 1: pick or drop one roster file; it is read here, not uploaded anywhere. */
export function ChooseFileStep({
  reading,
  error,
  onChoose,
}: {
  reading: boolean;
  error: ClientError | null;
  onChoose: (file: File) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Upload.Dragger
        accept=".xlsx,.csv"
        multiple={false}
        showUploadList={false}
        disabled={reading}
        beforeUpload={(file) => {
          onChoose(file);
          return Upload.LIST_IGNORE;
        }}
        className="import-dragger"
      >
        {reading ? (
          <div className="loading-screen import-dragger__reading">
            <Spin />
            <span>{t('students.import.choose.reading')}</span>
          </div>
        ) : (
          <>
            <p className="import-dragger__icon">
              <InboxOutlined aria-hidden="true" />
            </p>
            <p className="import-dragger__text">{t('students.import.choose.drop')}</p>
            <p className="import-dragger__hint">
              {t('students.import.choose.hint', { megabytes: importLimitMegabytes })}
            </p>
          </>
        )}
      </Upload.Dragger>
      <Typography.Paragraph type="secondary" className="import-safe">
        {t('students.import.choose.safe')}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon title={errorText(t, error)} data-testid="import-error" />}
    </>
  );
}
