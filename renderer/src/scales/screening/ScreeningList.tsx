import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Empty, Spin, Table, type TableColumnsType, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreeningSummary } from '../../../../shared/schemas/scales';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { longDate } from '../../sessions/note-time';
import { asLanguage, textIn } from '../localized-text';

/** The screenings imported so far, newest first as the backend lists them, each opening its overview. */
export function ScreeningList({ onImport, onOpen }: { onImport: () => void; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const [screenings, setScreenings] = useState<ScreeningSummary[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    void api.call('scales.listScreenings', {}).then((result) => {
      if (result.ok) setScreenings(result.value);
      else setError(result.error);
    });
  }, []);

  const columns: TableColumnsType<ScreeningSummary> = [
    {
      key: 'title',
      title: t('screening.list.title'),
      render: (_value, screening) => (
        <Button type="link" className="screening-student-link" onClick={() => onOpen(screening.id)}>
          {screening.title}
        </Button>
      ),
    },
    {
      key: 'scale',
      title: t('screening.list.scale'),
      render: (_value, screening) => textIn(screening.scaleTitle, language),
    },
    {
      key: 'date',
      title: t('screening.list.date'),
      render: (_value, screening) => longDate(screening.administeredOn, i18n.language),
    },
    { key: 'screened', title: t('screening.list.screened'), dataIndex: 'screened', align: 'right' },
    { key: 'flagged', title: t('screening.list.flagged'), dataIndex: 'flagged', align: 'right' },
  ];

  return (
    <div className="screening-list">
      <div className="screening-list__head">
        <Typography.Paragraph type="secondary" className="screening-list__intro">
          {t('screening.list.intro')}
        </Typography.Paragraph>
        <Button type="primary" icon={<ImportOutlined aria-hidden="true" />} onClick={onImport}>
          {t('screening.list.import')}
        </Button>
      </div>
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !screenings ? (
        <Spin />
      ) : screenings.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('screening.list.empty')} />
      ) : (
        <Table<ScreeningSummary>
          data-testid="screening-list"
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={screenings}
          pagination={false}
        />
      )}
    </div>
  );
}
