import { Workbook } from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import en from '../../shared/i18n/en.json';
import zhCN from '../../shared/i18n/zh-CN.json';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { type CaseView, correction, facts, lastEventId, openCase, recordAll } from './support/crisis-cases';
import { newStudent } from './support/roster-files';

const planId = '0195f2a0-0000-7000-8000-0000000000f1';

/** The sheet's rows as text, the header first. */
async function sheetRows(content: string): Promise<string[][]> {
  const workbook = new Workbook();
  // exceljs declares a global `Buffer extends ArrayBuffer` that Node's own Buffer type no longer fits.
  await workbook.xlsx.load(Buffer.from(content, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push(
      (row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value))),
    );
  });
  return rows;
}

describe('the crisis ledger (心理危机学生台账)', () => {
  let fixture: Fixture;
  let handled: CaseView;
  let fresh: CaseView;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = Date.parse('2026-10-10T12:00:00');
    await setUpVault(fixture);
    const zhang = (await fixture.call('students.create', newStudent({ gender: 'male' }))).id;
    const li = (await fixture.call('students.create', newStudent({ name: '李四', studentNumber: '2023002' }))).id;
    handled = await openCase(fixture, zhang, { stage: 'intervention', level: 'high', occurredOn: '2026-09-01' });
    handled = await recordAll(fixture, handled, [
      facts.riskAssessment('2026-09-01', 'high'),
      facts.guardiansNotified('2026-09-02'),
      facts.guardiansNotified('2026-09-05'),
      facts.safetyPlan(planId, 'made', '2026-09-02'),
      facts.referral('2026-09-03'),
    ]);
    handled = await recordAll(fixture, handled, [
      facts.referralOutcome(lastEventId(handled), '2026-09-06'),
      facts.leave('2026-09-07'),
      facts.returnToSchool('2026-09-21'),
      { ...facts.followUp('2026-09-22'), measures: '每周辅导一次，班主任每日关注' },
      facts.stageChange('supervision', '2026-09-29'),
      facts.review(true, '2026-09-30'),
      facts.closure('2026-09-30'),
    ]);
    fresh = await openCase(fixture, li, {
      source: { kind: 'parent', name: '李女士', relation: '母亲' },
      occurredOn: '2026-10-08',
    });
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;

  it('gives one row per case with the columns of the paper ledger', async () => {
    const rows = await fixture.call('crisis.ledger', {});
    expect(rows.map((row) => row.student.name)).toEqual(['张三', '李四']);
    expect(rows[0]).toEqual({
      caseId: handled.caseId,
      student: handled.student,
      foundOn: '2026-09-01',
      source: 'gatekeeper',
      reporterRole: 'class-teacher',
      level: handled.status.level,
      stage: 'closed',
      responsible: '李老师',
      planMadeOn: '2026-09-02',
      assessment: facts.riskAssessment().judgement,
      measures: '每周辅导一次，班主任每日关注',
      guardiansInformedOn: '2026-09-02',
      referredOn: '2026-09-03',
      medicalVisit: { visitedOn: '2026-09-06', reportedBy: 'family', outcome: facts.referralOutcome(planId).outcome },
      leaves: [{ since: '2026-09-07', returnedOn: '2026-09-21' }],
      nextFollowUpDue: null,
      closedOn: '2026-09-30',
      closureReason: 'risk-resolved',
    });
    expect(rows[1]).toMatchObject({
      source: 'parent',
      reporterRole: null,
      stage: 'assessment',
      planMadeOn: null,
      assessment: null,
      measures: null,
      guardiansInformedOn: null,
      referredOn: null,
      medicalVisit: null,
      leaves: [],
      nextFollowUpDue: '2026-10-22',
      closedOn: null,
      closureReason: null,
    });
  });

  it('reads the events as corrected', async () => {
    const plan = handled.events.find((event) => event.body.type === 'safety-plan')!;
    await fixture.call('crisis.record', {
      caseId: handled.caseId,
      body: correction(plan.id, facts.safetyPlan(planId, 'made', '2026-09-04')),
      expectedCount: handled.events.length,
    });
    const [row] = await fixture.call('crisis.ledger', {});
    expect(row?.planMadeOn).toBe('2026-09-04');
  });

  it('takes the cases open at some time in the period, and leaves out closed ones when asked', async () => {
    const names = async (filter: { from?: string; to?: string; includeClosed?: boolean }) =>
      (await fixture.call('crisis.ledger', filter)).map((row) => row.student.name);
    expect(await names({ from: '2026-09-15', to: '2026-09-20' })).toEqual(['张三']);
    expect(await names({ from: '2026-10-01' })).toEqual(['李四']);
    expect(await names({ to: '2026-08-31' })).toEqual([]);
    expect(await names({ from: '2026-09-30', to: '2026-10-08' })).toEqual(['张三', '李四']);
    expect(await names({ includeClosed: false })).toEqual(['李四']);
  });

  it('exports an XLSX with the headers in Chinese, a file name without student names, and audits it', async () => {
    const file = await fixture.call('crisis.exportLedger', { includeClosed: true, language: 'zh-CN' });
    expect(file.fileName).toBe('心理危机学生台账-2026-10-10.xlsx');
    const [header, first, second] = await sheetRows(file.content);
    expect(header).toEqual(Object.values(zhCN.crisisLedger.columns));
    expect(header?.slice(0, 6)).toEqual(['序号', '姓名', '学号', '性别', '年级班级', '发现日期']);
    expect(first).toEqual([
      '1',
      '张三',
      '2023001',
      '男',
      '初二(3)班',
      '2026-09-01',
      '班主任',
      '橙色预警(高风险)',
      '已解除',
      '李老师',
      '2026-09-02',
      facts.riskAssessment().judgement,
      '每周辅导一次，班主任每日关注',
      '2026-09-02',
      `2026-09-06就诊（家长反馈）：${facts.referralOutcome(planId).outcome}`,
      '2026-09-07休学，2026-09-21复学',
      '',
      '2026-09-30（风险解除）',
    ]);
    expect(second?.slice(0, 9)).toEqual([
      '2',
      '李四',
      '2023002',
      '',
      '初二(3)班',
      '2026-10-08',
      '家长反映',
      '黄色预警(中风险)',
      '监测评估',
    ]);
    expect(second?.[16]).toBe('2026-10-22');
    expect(
      database().prepare("SELECT action, entity_id FROM audit_events WHERE entity = 'crisis-ledger'").all(),
    ).toEqual([{ action: 'crisis.exportLedger', entity_id: null }]);
  });

  it('exports the headers and words in English when asked', async () => {
    const file = await fixture.call('crisis.exportLedger', { includeClosed: true, language: 'en' });
    expect(file.fileName).toBe('crisis-ledger-2026-10-10.xlsx');
    const [header, first] = await sheetRows(file.content);
    expect(header).toEqual(Object.values(en.crisisLedger.columns));
    expect(header?.slice(0, 3)).toEqual(['No.', 'Name', 'Student number']);
    expect(first?.slice(3, 9)).toEqual([
      'Male',
      'Junior 2, class 3',
      '2026-09-01',
      'Class teacher',
      'Orange — high risk',
      'Closed',
    ]);
    expect(first?.slice(14)).toEqual([
      `Visited 2026-09-06 (reported by the family): ${facts.referralOutcome(planId).outcome}`,
      'Leave 2026-09-07, returned 2026-09-21',
      '',
      '2026-09-30 (risk resolved)',
    ]);
  });

  it('neutralises text a spreadsheet would run as a formula', async () => {
    await fixture.call('crisis.record', {
      caseId: fresh.caseId,
      body: { ...facts.riskAssessment('2026-10-09'), judgement: '=HYPERLINK("http://example.com","打开")' },
      expectedCount: 0,
    });
    const file = await fixture.call('crisis.exportLedger', { includeClosed: false, language: 'zh-CN' });
    const workbook = new Workbook();
    await workbook.xlsx.load(
      Buffer.from(file.content, 'base64') as unknown as Parameters<typeof workbook.xlsx.load>[0],
    );
    const cell = workbook.worksheets[0]!.getRow(2).getCell(12);
    expect(cell.value).toBe(`'=HYPERLINK("http://example.com","打开")`);
    expect(cell.formula).toBeUndefined();
  });
});
