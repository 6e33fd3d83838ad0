import type { TFunction } from 'i18next';
import type { FormRule } from 'antd';
import { catalogLabelLimits, type TemplateSection } from '../../../shared/schemas/session-catalog';

/** A section as the template dialog holds it: a section added in the dialog has no key yet. */
export interface SectionRow {
  key?: string;
  labelZh: string;
  labelEn: string;
}

/**
 * The sections to save, labels trimmed. A section keeps its key, so notes written in earlier
 * versions still find their text under it; a new one gets `section-N`, the first N no other
 * section of the template has, as people name sections but never see keys.
 */
export function keyedSections(rows: SectionRow[]): TemplateSection[] {
  const taken = new Set(rows.flatMap((row) => (row.key ? [row.key] : [])));
  let next = 1;
  return rows.map((row) => {
    let key = row.key;
    if (!key) {
      while (taken.has(`section-${next}`)) next += 1;
      key = `section-${next}`;
      taken.add(key);
    }
    return { key, labelZh: row.labelZh.trim(), labelEn: row.labelEn.trim() };
  });
}

/** The rules of a catalog label, as the backend checks them, with messages in the UI language. */
export function labelRules(t: TFunction, language: keyof typeof catalogLabelLimits): FormRule[] {
  const max = catalogLabelLimits[language];
  return [
    { required: true, whitespace: true, message: t('catalog.labelRequired') },
    { max, message: t('catalog.labelTooLong', { max }) },
  ];
}
