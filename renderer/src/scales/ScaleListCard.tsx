import { Button, Card, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScaleLibrary, ScaleSummary } from '../../../shared/schemas/scales';
import { CardTitle } from '../app/CardTitle';
import { asLanguage, textIn } from './localized-text';
import { ScaleTitle } from './ScaleTitle';
import { ApprovalTag, OriginTags } from './ScaleTags';

/** Every scale the app knows, approved ones first as the backend orders them. */
export function ScaleListCard({ library, onOpen }: { library: ScaleLibrary; onOpen: (scale: ScaleSummary) => void }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<ScaleSummary> = [
    {
      key: 'title',
      title: t('scales.library.columns.title'),
      render: (_value, scale) => <ScaleTitle title={scale.title} />,
    },
    { key: 'version', dataIndex: 'version', title: t('scales.library.columns.version'), width: 80 },
    {
      key: 'origin',
      title: t('scales.library.columns.origin'),
      render: (_value, scale) => <OriginTags origin={scale.origin} overridden={scale.overridden} />,
    },
    {
      key: 'approval',
      title: t('scales.library.columns.approval'),
      render: (_value, scale) => <ApprovalTag approved={scale.approved} />,
    },
    { key: 'items', dataIndex: 'itemCount', title: t('scales.library.columns.items'), width: 70, align: 'right' },
    {
      key: 'ages',
      title: t('scales.library.columns.ages'),
      className: 'nowrap',
      render: (_value, scale) =>
        scale.ageRange ? t('scales.library.ages', scale.ageRange) : t('scales.library.agesUnknown'),
    },
    {
      key: 'languages',
      title: t('scales.library.columns.languages'),
      className: 'nowrap',
      render: (_value, scale) =>
        scale.languages.map((language) => t(`scales.languageNames.${language}`)).join(t('scales.listSeparator')),
    },
    {
      key: 'open',
      title: <span className="visually-hidden">{t('scales.library.details')}</span>,
      render: (_value, scale) => (
        <Button
          type="link"
          className="table-link"
          aria-label={t('scales.library.detailsOf', { title: textIn(scale.title, asLanguage(i18n.language)) })}
          onClick={() => onOpen(scale)}
        >
          {t('scales.library.details')}
        </Button>
      ),
    },
  ];
  return (
    <Card className="settings-card" data-testid="scale-list" title={<CardTitle>{t('scales.library.title')}</CardTitle>}>
      <Typography.Paragraph className="card-note">
        {library.pack ? t('scales.library.withPack') : t('scales.library.noPack')}
      </Typography.Paragraph>
      <Table<ScaleSummary>
        size="small"
        rowKey="hash"
        rowClassName={(scale) => (scale.approved ? 'scale-row' : 'scale-row scale-row--not-approved')}
        columns={columns}
        dataSource={library.scales}
        pagination={false}
      />
    </Card>
  );
}
