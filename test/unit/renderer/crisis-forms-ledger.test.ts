import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { ledgerTranslate } from '../../../electron/backend/crisis/ledger-texts';
import { ledgerCells as workbookCells } from '../../../shared/domain/crisis/ledger-cells';
import { bytesFromBase64 } from '../../../renderer/src/crisis/ledger/download-file';
import { ledgerCells, ledgerColumns, ledgerFilter } from '../../../renderer/src/crisis/ledger/ledger-cells';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import type { Language } from '../../../shared/schemas/common';
import type { LedgerRow } from '../../../shared/schemas/crisis-records';

const i18n = i18next.createInstance();
const t = (language: Language) => i18n.getFixedT(language) as TFunction;

beforeAll(async () => {
  await i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
});

function row(overrides: Partial<LedgerRow> = {}): LedgerRow {
  return {
    caseId: '0195f2a0-0000-7000-8000-000000000001',
    student: {
      id: '0195f2a0-0000-7000-8000-0000000000a1',
      name: '王小明',
      studentNumber: '2024015',
      grade: 'J2',
      classNumber: 3,
      status: 'active',
      gender: 'male',
    },
    foundOn: '2026-03-02',
    source: 'scale-result',
    reporterRole: null,
    level: {
      id: 'imminent',
      rank: 4,
      colour: 'red',
      label: { 'zh-CN': '红色预警(极高风险)', en: 'Red — imminent risk' },
    },
    stage: 'closed',
    responsible: '李老师',
    planMadeOn: '2026-03-02',
    assessment: '有自伤想法，无具体计划',
    measures: '每周随访',
    guardiansInformedOn: '2026-03-02',
    referredOn: '2026-03-03',
    medicalVisit: { visitedOn: '2026-03-04', reportedBy: 'family', outcome: '门诊随访' },
    leaves: [{ since: '2026-03-05', returnedOn: '2026-03-20' }],
    nextFollowUpDue: null,
    closedOn: '2026-04-30',
    closureReason: 'risk-resolved',
    ...overrides,
  };
}

const rows: [string, LedgerRow][] = [
  ['a closed case with every column filled', row()],
  [
    'an open case reported by a class teacher, referred and waiting, on leave',
    row({
      source: 'gatekeeper',
      reporterRole: 'class-teacher',
      stage: 'intervention',
      medicalVisit: null,
      leaves: [{ since: '2026-03-05', returnedOn: null }],
      nextFollowUpDue: '2026-03-09',
      closedOn: null,
      closureReason: null,
      student: { ...row().student, classNumber: null, gender: null },
    }),
  ],
  [
    'a case with nothing recorded yet, the hospital reporting without a visit day',
    row({
      planMadeOn: null,
      assessment: null,
      measures: null,
      guardiansInformedOn: null,
      medicalVisit: { visitedOn: null, reportedBy: 'hospital', outcome: '建议复诊' },
      leaves: [],
      closedOn: null,
      closureReason: null,
    }),
  ],
];

describe('the ledger on screen and on paper', () => {
  test.each(
    rows.flatMap(([name, value]) => (['zh-CN', 'en'] as const).map((language) => [name, language, value] as const)),
  )('reads like the exported workbook: %s (%s)', (_name, language, value) => {
    expect(ledgerCells(t(language), value, 2, language)).toEqual(
      workbookCells(ledgerTranslate(language), value, 2, language),
    );
  });

  test('has the columns of the paper ledger, in its order', () => {
    expect(ledgerColumns.map((column) => zhCN.crisisLedger.columns[column])).toEqual([
      '序号',
      '姓名',
      '学号',
      '性别',
      '年级班级',
      '发现日期',
      '发现途径',
      '预警级别',
      '当前状态',
      '责任人',
      '干预方案制定日期',
      '评估结论',
      '干预措施',
      '家长告知日期',
      '是否就医（家长反馈）',
      '休学/复学',
      '下次随访日期',
      '解除日期',
    ]);
  });

  test('say what happened in words', () => {
    const cells = ledgerCells(t('zh-CN'), row(), 0, 'zh-CN');
    expect(cells.number).toBe('1');
    expect(cells.medicalVisit).toBe('2026-03-04就诊（家长反馈）：门诊随访');
    expect(cells.leave).toBe('2026-03-05休学，2026-03-20复学');
    expect(cells.closedOn).toBe('2026-04-30（风险解除）');
    expect(cells.level).toBe('红色预警(极高风险)');
  });
});

describe('the ledger filter', () => {
  test('leaves out the days not given', () => {
    expect(ledgerFilter('', '', true)).toEqual({ includeClosed: true });
    expect(ledgerFilter('2026-03-01', '', false)).toEqual({ includeClosed: false, from: '2026-03-01' });
    expect(ledgerFilter('', '2026-03-31', true)).toEqual({ includeClosed: true, to: '2026-03-31' });
  });

  test('asks for nothing while the end is before the start', () => {
    expect(ledgerFilter('2026-03-31', '2026-03-01', true)).toBeNull();
    expect(ledgerFilter('2026-03-01', '2026-03-01', true)).toEqual({
      includeClosed: true,
      from: '2026-03-01',
      to: '2026-03-01',
    });
  });
});

describe('the exported file', () => {
  test('is turned back into its bytes', () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80]);
    expect([...bytesFromBase64(Buffer.from(bytes).toString('base64'))]).toEqual([...bytes]);
  });
});
