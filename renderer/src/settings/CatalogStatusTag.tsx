import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Whether new notes are offered the entry. */
export function CatalogStatusTag({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return active ? <Tag color="green">{t('catalog.active')}</Tag> : <Tag>{t('catalog.retired')}</Tag>;
}
