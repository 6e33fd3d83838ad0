import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcernCategory } from '../../../shared/schemas/session-catalog';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { errorText } from '../i18n/error-text';
import { CatalogStatusTag } from './CatalogStatusTag';
import { CategoryDialog } from './CategoryDialog';
import { useCatalogList } from './use-catalog-list';

const loadCategories = () => api.call('sessions.listCategories', { includeRetired: true });

/** 问题类别: the concern categories notes offer. Retired, never deleted: old notes still name them. */
export function CategoriesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { items, error, reload } = useCatalogList(loadCategories);
  // undefined: no dialog; null: the dialog adds a category.
  const [editing, setEditing] = useState<ConcernCategory | null | undefined>(undefined);
  const [changeError, setChangeError] = useState<ClientError | null>(null);

  const setActive = async (category: ConcernCategory, active: boolean) => {
    setChangeError(null);
    const result = await api.call('sessions.updateCategory', { code: category.code, active });
    if (!result.ok) return setChangeError(result.error);
    reload();
  };

  const saved = () => {
    setEditing(undefined);
    reload();
    void message.success(t('catalog.categories.saved'));
  };

  const shownError = changeError ?? error;
  return (
    <Card
      title={<CardTitle>{t('catalog.categories.title')}</CardTitle>}
      extra={<Button onClick={() => setEditing(null)}>{t('catalog.categories.add')}</Button>}
      className="settings-card"
      data-testid="categories-card"
    >
      <Typography.Paragraph type="secondary">{t('catalog.categories.intro')}</Typography.Paragraph>
      {shownError && <Alert className="form-alert" type="error" showIcon title={errorText(t, shownError)} />}
      <Table<ConcernCategory>
        size="small"
        rowKey="code"
        pagination={false}
        loading={items === null && !error}
        dataSource={items ?? []}
        columns={[
          { key: 'order', title: t('catalog.sortOrder'), dataIndex: 'sortOrder', width: 72 },
          { key: 'zh', title: t('catalog.labelZh'), dataIndex: 'labelZh' },
          { key: 'en', title: t('catalog.labelEn'), dataIndex: 'labelEn' },
          {
            key: 'status',
            title: t('catalog.status'),
            className: 'catalog-nowrap',
            render: (_value, category) => <CatalogStatusTag active={category.active} />,
          },
          {
            key: 'actions',
            title: t('catalog.actions'),
            className: 'catalog-nowrap',
            render: (_value, category) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(category)}>
                  {t('catalog.edit')}
                </Button>
                <Button type="link" size="small" onClick={() => void setActive(category, !category.active)}>
                  {t(category.active ? 'catalog.retire' : 'catalog.restore')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <CategoryDialog category={editing} onClose={() => setEditing(undefined)} onSaved={saved} />
      )}
    </Card>
  );
}
