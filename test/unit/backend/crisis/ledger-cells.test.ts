import { describe, expect, it } from 'vitest';
import { ledgerTranslate } from '../../../../electron/backend/crisis/ledger-texts';
import { ledgerCells as cellsOf } from '../../../../shared/domain/crisis/ledger-cells';
import type { Language } from '../../../../shared/schemas/common';
import type { LedgerRow } from '../../../../shared/schemas/crisis-records';

function row(overrides: Partial<LedgerRow> = {}): LedgerRow {
  return {
    caseId: '0195f2a0-0000-7000-8000-000000000001',
    student: {
      id: '0195f2a0-0000-7000-8000-0000000000a1',
      name: '张三',
      studentNumber: '2023001',
      grade: 'J2',
      classNumber: 3,
      status: 'active',
      gender: 'female',
    },
    foundOn: '2026-09-01',
    source: 'self-referral',
    reporterRole: null,
    level: { id: 'low', rank: 1, colour: 'blue', label: { 'zh-CN': '蓝色预警(低风险)', en: 'Blue — low risk' } },
    stage: 'early-warning',
    responsible: '李老师',
    planMadeOn: null,
    assessment: null,
    measures: null,
    guardiansInformedOn: null,
    referredOn: null,
    medicalVisit: null,
    leaves: [],
    nextFollowUpDue: '2026-10-01',
    closedOn: null,
    closureReason: null,
    ...overrides,
  };
}

const zh: Language = 'zh-CN';
const en: Language = 'en';
/** The workbook's cells: the shared rule with the translation files read by the backend. */
const ledgerCells = (value: LedgerRow, index: number, language: Language) =>
  cellsOf(ledgerTranslate(language), value, index, language);

describe('ledger cells', () => {
  it('leave cells empty where nothing is recorded, and number the rows from 1', () => {
    expect(ledgerCells(row(), 4, zh)).toEqual({
      number: '5',
      name: '张三',
      studentNumber: '2023001',
      gender: '女',
      gradeClass: '初二(3)班',
      foundOn: '2026-09-01',
      source: '学生主动求助',
      level: '蓝色预警(低风险)',
      stage: '危机预警',
      responsible: '李老师',
      planMadeOn: '',
      assessment: '',
      measures: '',
      guardiansInformedOn: '',
      medicalVisit: '',
      leave: '',
      nextFollowUp: '2026-10-01',
      closedOn: '',
    });
  });

  it("name a gatekeeper's role as how the case was found", () => {
    const reported = row({ source: 'gatekeeper', reporterRole: 'subject-teacher' });
    expect(ledgerCells(reported, 0, zh).source).toBe('科任教师');
    expect(ledgerCells(reported, 0, en).source).toBe('Subject teacher');
  });

  it('say a referral awaits its outcome, or what was reported with or without a visit day', () => {
    expect(ledgerCells(row({ referredOn: '2026-09-03' }), 0, zh).medicalVisit).toBe('2026-09-03转介，待反馈');
    const reported = row({
      referredOn: '2026-09-03',
      medicalVisit: { visitedOn: null, reportedBy: 'hospital', outcome: '建议门诊随访' },
    });
    expect(ledgerCells(reported, 0, zh).medicalVisit).toBe('医院反馈：建议门诊随访');
    expect(ledgerCells(reported, 0, en).medicalVisit).toBe('Reported by the hospital: 建议门诊随访');
  });

  it('list every leave, the current one without a return', () => {
    const leaves = row({
      leaves: [
        { since: '2026-03-01', returnedOn: '2026-04-01' },
        { since: '2026-09-07', returnedOn: null },
      ],
    });
    expect(ledgerCells(leaves, 0, zh).leave).toBe('2026-03-01休学，2026-04-01复学；2026-09-07休学');
    expect(ledgerCells(leaves, 0, en).leave).toBe('Leave 2026-03-01, returned 2026-04-01; On leave since 2026-09-07');
  });

  it('show the grade alone without a class, no gender when none is given, and a level label in the other language when one is missing', () => {
    const cells = ledgerCells(
      row({
        student: { ...row().student, classNumber: null, gender: null },
        level: { id: 'watch', rank: 1, colour: 'grey', label: { 'zh-CN': '关注' } },
      }),
      0,
      en,
    );
    expect([cells.gradeClass, cells.gender, cells.level]).toEqual(['Junior 2', '', '关注']);
  });

  it('give the closing day with its reason', () => {
    const closed = row({
      stage: 'closed',
      closedOn: '2026-09-30',
      closureReason: 'transferred',
      nextFollowUpDue: null,
    });
    expect(ledgerCells(closed, 0, zh)).toMatchObject({
      stage: '已解除',
      closedOn: '2026-09-30（转学）',
      nextFollowUp: '',
    });
    expect(ledgerCells(closed, 0, en).closedOn).toBe('2026-09-30 (transferred)');
  });
});
