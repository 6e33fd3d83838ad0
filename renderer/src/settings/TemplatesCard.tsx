import { Alert, App, Button, Card, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteTemplate } from '../../../shared/schemas/session-catalog';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { errorText } from '../i18n/error-text';
import { catalogLabel } from '../sessions/catalog-labels';
import { CatalogStatusTag } from './CatalogStatusTag';
import { TemplateDialog } from './TemplateDialog';
import { useCatalogList } from './use-catalog-list';

const loadTemplates = () => api.call('sessions.listTemplates', { includeRetired: true });

/** 记录模板: the templates a new note can be written in. Each edit is a new version. */
export function TemplatesCard() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { items, error, reload } = useCatalogList(loadTemplates);
  // undefined: no dialog; null: the dialog adds a template.
  const [editing, setEditing] = useState<NoteTemplate | null | undefined>(undefined);
  const [changeError, setChangeError] = useState<ClientError | null>(null);

  const setActive = async (template: NoteTemplate, active: boolean) => {
    setChangeError(null);
    const result = await api.call('sessions.updateTemplate', { key: template.key, active });
    if (!result.ok) return setChangeError(result.error);
    reload();
  };

  const saved = () => {
    setEditing(undefined);
    reload();
    void message.success(t('catalog.templates.saved'));
  };

  const shownError = changeError ?? error;
  return (
    <Card
      title={<CardTitle>{t('catalog.templates.title')}</CardTitle>}
      extra={<Button onClick={() => setEditing(null)}>{t('catalog.templates.add')}</Button>}
      className="settings-card"
      data-testid="templates-card"
    >
      <Typography.Paragraph type="secondary">{t('catalog.templates.intro')}</Typography.Paragraph>
      {shownError && <Alert className="form-alert" type="error" showIcon title={errorText(t, shownError)} />}
      <Table<NoteTemplate>
        size="small"
        rowKey="key"
        pagination={false}
        loading={items === null && !error}
        dataSource={items ?? []}
        columns={[
          { key: 'zh', title: t('catalog.templates.nameZh'), dataIndex: 'labelZh' },
          { key: 'en', title: t('catalog.templates.nameEn'), dataIndex: 'labelEn' },
          {
            key: 'sections',
            title: t('catalog.templates.sections'),
            render: (_value, template) =>
              template.sections.map((section) => catalogLabel(section, i18n.language)).join(t('catalog.separator')),
          },
          {
            key: 'version',
            title: t('catalog.templates.version'),
            className: 'catalog-nowrap',
            render: (_value, template) => t('catalog.templates.versionNumber', { version: template.version }),
          },
          {
            key: 'status',
            title: t('catalog.status'),
            className: 'catalog-nowrap',
            render: (_value, template) => <CatalogStatusTag active={template.active} />,
          },
          {
            key: 'actions',
            title: t('catalog.actions'),
            className: 'catalog-nowrap',
            render: (_value, template) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(template)}>
                  {t('catalog.edit')}
                </Button>
                <Button type="link" size="small" onClick={() => void setActive(template, !template.active)}>
                  {t(template.active ? 'catalog.retire' : 'catalog.restore')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing !== undefined && (
        <TemplateDialog template={editing} onClose={() => setEditing(undefined)} onSaved={saved} />
      )}
    </Card>
  );
}
