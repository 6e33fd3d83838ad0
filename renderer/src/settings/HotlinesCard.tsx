import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Hotline, type HotlineEntry, maxHotlines } from '../../../shared/schemas/hotlines';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { hotlineTexts } from '../crisis/hotlines/hotline-text';
import { errorText } from '../i18n/error-text';
import { asLanguage } from '../scales/localized-text';
import { CatalogStatusTag } from './CatalogStatusTag';
import { asEntries, moved, placed } from './hotline-entries';
import { HotlineDialog } from './HotlineDialog';
import { useCatalogList } from './use-catalog-list';

const loadHotlines = () => api.call('hotlines.list', {});
const saveHotlines = (hotlines: HotlineEntry[]) => api.call('hotlines.save', { hotlines });

/**
 * 心理援助热线: the lines the hotlines panel, crisis panels and safety plans offer. Every change
 * saves the whole list at once, in the order shown, so there is never an unsaved list.
 */
export function HotlinesCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { items, error, reload } = useCatalogList(loadHotlines);
  // undefined: no dialog; null: the dialog adds a line; a number: the line at that place.
  const [editing, setEditing] = useState<number | null | undefined>(undefined);
  const [changeError, setChangeError] = useState<ClientError | null>(null);
  const entries = asEntries(items ?? []);
  const language = asLanguage(i18n.language);

  const change = async (next: HotlineEntry[]) => {
    setChangeError(null);
    const result = await saveHotlines(next);
    if (!result.ok) return setChangeError(result.error);
    reload();
    void message.success(t('hotlines.settings.saved'));
  };

  const saved = () => {
    setEditing(undefined);
    reload();
    void message.success(t('hotlines.settings.saved'));
  };

  const shownError = changeError ?? error;
  return (
    <Card
      title={<CardTitle>{t('hotlines.settings.title')}</CardTitle>}
      extra={
        <Button onClick={() => setEditing(null)} disabled={items === null || entries.length >= maxHotlines}>
          {t('hotlines.settings.add')}
        </Button>
      }
      className="settings-card"
      data-testid="hotlines-card"
    >
      <Typography.Paragraph type="secondary">{t('hotlines.settings.intro')}</Typography.Paragraph>
      {shownError && <Alert className="form-alert" type="error" showIcon title={errorText(t, shownError)} />}
      <Table<Hotline>
        size="small"
        rowKey="id"
        pagination={false}
        loading={items === null && !error}
        dataSource={items ?? []}
        locale={{ emptyText: t('hotlines.none') }}
        columns={[
          { key: 'order', title: t('catalog.sortOrder'), width: 56, render: (_value, _line, index) => index + 1 },
          {
            key: 'name',
            title: t('hotlines.fields.name'),
            render: (_value, line) => hotlineTexts(line, language).name,
          },
          { key: 'number', title: t('hotlines.fields.number'), dataIndex: 'number', className: 'catalog-nowrap' },
          {
            key: 'hours',
            title: t('hotlines.fields.hours'),
            render: (_value, line) => hotlineTexts(line, language).hours,
          },
          {
            key: 'status',
            title: t('catalog.status'),
            className: 'catalog-nowrap',
            render: (_value, line) => <CatalogStatusTag active={line.active} />,
          },
          {
            key: 'actions',
            title: t('catalog.actions'),
            className: 'catalog-nowrap',
            render: (_value, line, index) => {
              const name = hotlineTexts(line, language).name;
              return (
                <Space size={0}>
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowUpOutlined aria-hidden="true" />}
                    aria-label={t('hotlines.settings.moveUp', { name })}
                    disabled={index === 0}
                    onClick={() => void change(moved(entries, index, -1))}
                  />
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowDownOutlined aria-hidden="true" />}
                    aria-label={t('hotlines.settings.moveDown', { name })}
                    disabled={index === entries.length - 1}
                    onClick={() => void change(moved(entries, index, 1))}
                  />
                  <Button type="link" size="small" onClick={() => setEditing(index)}>
                    {t('catalog.edit')}
                  </Button>
                  <Button
                    type="link"
                    size="small"
                    onClick={() => void change(placed(entries, index, { ...entries[index]!, active: !line.active }))}
                  >
                    {t(line.active ? 'catalog.retire' : 'catalog.restore')}
                  </Button>
                  <Popconfirm
                    title={t('hotlines.settings.removeConfirm', { name })}
                    okText={t('hotlines.settings.remove')}
                    cancelText={t('catalog.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => change(entries.filter((_entry, at) => at !== index))}
                  >
                    <Button type="link" size="small" danger>
                      {t('hotlines.settings.remove')}
                    </Button>
                  </Popconfirm>
                </Space>
              );
            },
          },
        ]}
      />
      {editing !== undefined && (
        <HotlineDialog
          line={editing === null ? null : (entries[editing] ?? null)}
          save={(entry) => saveHotlines(placed(entries, editing, entry))}
          onClose={() => setEditing(undefined)}
          onSaved={saved}
        />
      )}
    </Card>
  );
}
