import { describe, expect, test } from 'vitest';
import { TemplateSections } from '../../../shared/schemas/session-catalog';
import { keyedSections } from '../../../renderer/src/settings/catalog-form';

describe('the sections a template dialog saves', () => {
  test('keep their keys wherever they move, so earlier notes still find their text', () => {
    const sections = keyedSections([
      { key: 'plan', labelZh: '计划', labelEn: 'Plan' },
      { key: 'data', labelZh: ' 资料 ', labelEn: ' Data ' },
    ]);
    expect(sections).toEqual([
      { key: 'plan', labelZh: '计划', labelEn: 'Plan' },
      { key: 'data', labelZh: '资料', labelEn: 'Data' },
    ]);
  });

  test('give new sections keys no other section has, valid for the contract', () => {
    const sections = keyedSections([
      { labelZh: '要点', labelEn: 'Key points' },
      { key: 'section-2', labelZh: '旧栏目', labelEn: 'Old' },
      { labelZh: '后续', labelEn: 'Follow-up' },
      { labelZh: '其他', labelEn: 'Other' },
    ]);
    expect(sections.map((section) => section.key)).toEqual(['section-1', 'section-2', 'section-3', 'section-4']);
    expect(TemplateSections.safeParse(sections).success).toBe(true);
  });
});
