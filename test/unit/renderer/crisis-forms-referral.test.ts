import { describe, expect, test } from 'vitest';
import { effectiveEvents } from '../../../shared/domain/crisis/corrections';
import { defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { CaseEvent, CaseEventBody } from '../../../shared/schemas/crisis';
import { adviceLines, blankLetter } from '../../../renderer/src/crisis/forms/parent-notice';
import {
  actionsBefore,
  guardianToContact,
  referralEvents,
} from '../../../renderer/src/crisis/referrals/referral-facts';
import { referralNumber } from '../../../renderer/src/crisis/referrals/referral-number';

const caseId = '0195f2a0-0000-7000-8000-000000000001';
let sequence = 0;
function event(body: CaseEventBody): CaseEvent {
  sequence += 1;
  return {
    id: `0195f2a0-0000-7000-8000-${String(sequence).padStart(12, '0')}`,
    caseId,
    recordedAt: '2026-03-02T08:00:00.000Z',
    recordedBy: { id: '0195f2a0-0000-7000-8000-0000000000c1', displayName: '李老师' },
    body,
  };
}
const when = (occurredOn: string) => ({ occurredOn, occurredTime: null });

const assessment = event({
  type: 'risk-assessment',
  ...when('2026-03-02'),
  answers: {
    selfHarmThoughts: 'yes',
    suicidePlan: 'no',
    meansAccess: 'unknown',
    previousAttempts: 'no',
    farewellBehaviour: 'no',
    harmToOthers: 'no',
    protectiveFactors: 'yes',
  },
  judgement: '需要进一步评估',
  suggestedLevel: 'high',
});
const told = event({
  type: 'guardians-notified',
  ...when('2026-03-02'),
  guardianName: '王芳',
  relation: '母亲',
  method: 'in-person',
  response: 'refused-to-sign',
  responseNote: '',
});
const escorted = event({
  type: 'checklist-item',
  ...when('2026-03-03'),
  itemId: 'escort-to-hospital',
  status: 'done',
  note: '',
});
const notApplicable = event({
  type: 'checklist-item',
  ...when('2026-03-03'),
  itemId: 'case-review-meeting',
  status: 'not-applicable',
  note: '',
});
const referral = event({
  type: 'referral',
  ...when('2026-03-03'),
  institution: '市精神卫生中心',
  department: '儿童青少年心理科',
  channel: 'green',
  accompaniedBy: '班主任、母亲',
  reason: '近两周多次说不想活了',
});
const later = event({
  type: 'follow-up',
  ...when('2026-03-05'),
  method: 'phone',
  by: '李老师',
  studentState: '',
  riskChange: 'same',
  measures: '',
  nextStep: '',
});

describe('the referral number', () => {
  test('is the referral day and the end of the event id, naming no student', () => {
    expect(referralNumber('2026-03-03', '0195f2a0-0000-7000-8000-00000a1b2c3d')).toBe('20260303-1B2C3D');
  });

  test('differs for two referrals on the same day', () => {
    expect(referralNumber('2026-03-03', '0195f2a0-0000-7000-8000-000000000001')).not.toBe(
      referralNumber('2026-03-03', '0195f2a0-0000-7000-8000-000000000002'),
    );
  });
});

describe('the referral form', () => {
  const log = [assessment, told, escorted, notApplicable, referral, later];

  test('lists what was done before the referral, as kinds and days only', () => {
    const events = effectiveEvents(log);
    const checklist = defaultCrisisPolicy.levels
      .flatMap((level) => level.checklist)
      .find((item) => item.id === 'escort-to-hospital');
    expect(checklist).toBeDefined();
    expect(actionsBefore(events, referral.id, defaultCrisisPolicy, 'zh-CN')).toEqual([
      { on: '2026-03-02', kind: 'risk-assessment' },
      { on: '2026-03-02', kind: 'guardians-notified' },
      { on: '2026-03-03', kind: 'checklist', label: checklist!.label['zh-CN'] },
    ]);
    expect(actionsBefore(events, referral.id, defaultCrisisPolicy, 'en')[2]).toEqual({
      on: '2026-03-03',
      kind: 'checklist',
      label: checklist!.label.en,
    });
  });

  test('reads a corrected referral as corrected, and drops a withdrawn one', () => {
    const corrected = event({
      type: 'correction',
      ...when('2026-03-04'),
      corrects: referral.id,
      reason: '医院名称写错',
      replacement: { ...(referral.body as Extract<CaseEventBody, { type: 'referral' }>), institution: '安定医院' },
    });
    expect(referralEvents(effectiveEvents([...log, corrected])).map((found) => found.body.institution)).toEqual([
      '安定医院',
    ]);
    const withdrawn = event({
      type: 'correction',
      ...when('2026-03-04'),
      corrects: referral.id,
      reason: '误记',
      replacement: null,
    });
    expect(referralEvents(effectiveEvents([...log, withdrawn]))).toEqual([]);
  });

  test('names the guardian with a phone number first', () => {
    expect(
      guardianToContact([
        { name: '王大伟', relation: '父亲', phone: '' },
        { name: '王芳', relation: '母亲', phone: '13800000000' },
      ])?.name,
    ).toBe('王芳');
    expect(guardianToContact([{ name: '王大伟', relation: '父亲', phone: '' }])?.name).toBe('王大伟');
    expect(guardianToContact([])).toBeNull();
  });
});

describe('the parent notification letter', () => {
  test('starts addressed to the first guardian, from the counselor, with the usual advice', () => {
    expect(blankLetter([{ name: '王芳', relation: '母亲', phone: '' }], '李老师')).toMatchObject({
      guardianName: '王芳',
      relation: '母亲',
      contactName: '李老师',
      advice: ['specialist', 'supervision', 'counseling'],
    });
    expect(blankLetter([], '李老师').guardianName).toBe('');
  });

  test('lists the advice in the letter’s order, other advice as written', () => {
    expect(adviceLines({ advice: ['other', 'counseling', 'specialist'], adviceOther: ' 暂停住校 ' })).toEqual([
      { kind: 'specialist' },
      { kind: 'counseling' },
      { text: '暂停住校' },
    ]);
    expect(adviceLines({ advice: ['other'], adviceOther: '  ' })).toEqual([]);
  });
});
