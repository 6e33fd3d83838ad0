/** Categories, templates and sections carry their labels as data, in both UI languages. */
export function catalogLabel(item: { labelZh: string; labelEn: string }, language: string): string {
  return language === 'en' ? item.labelEn : item.labelZh;
}
