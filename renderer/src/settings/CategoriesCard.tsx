import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcernCategory } from '../../../shared/schemas/session-catalog';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { errorText } from '../i18n/error-text';
import { CatalogStatusTag } from './CatalogStatusTag';
import { CategoryDialog } from './CategoryDialog';
import type { LabelledList } from './labelled-lists';
import { useCatalogList } from './use-catalog-list';

/**
 * 问题类别 or 特殊情况标记: a labelled list the school edits. Retired, never deleted: old notes
 * and files still name them.
 */
export function CategoriesCard({ list }: { list: LabelledList }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { items, error, reload } = useCatalogList(list.load);
  // undefined: no dialog; null: the dialog adds a category.
  const [editing, setEditing] = useState<ConcernCategory | null | undefined>(undefined);
  const [changeError, setChangeError] = useState<ClientError | null>(null);

  const setActive = async (category: ConcernCategory, active: boolean) => {
    setChangeError(null);
    const result = await list.update({ code: category.code, active });
    if (!result.ok) return setChangeError(result.error);
    reload();
  };

  const saved = () => {
    setEditing(undefined);
    reload();
    void message.success(t(`${list.texts}.saved`));
  };

  const shownError = changeError ?? error;
  return (
    <Card
      title={<CardTitle>{t(`${list.texts}.title`)}</CardTitle>}
      extra={<Button onClick={() => setEditing(null)}>{t(`${list.texts}.add`)}</Button>}
      className="settings-card"
      data-testid={list.testId}
    >
      <Typography.Paragraph type="secondary">{t(`${list.texts}.intro`)}</Typography.Paragraph>
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
        <CategoryDialog list={list} category={editing} onClose={() => setEditing(undefined)} onSaved={saved} />
      )}
    </Card>
  );
}
