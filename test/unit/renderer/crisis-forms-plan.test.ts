import { describe, expect, test } from 'vitest';
import { formFromSections, planSteps, sectionsFromForm } from '../../../renderer/src/crisis/safety-plan/plan-form';
import { shortened, walletCardContent, walletCardLimits } from '../../../renderer/src/crisis/safety-plan/wallet-card';
import { SafetyPlanSections } from '../../../shared/schemas/safety-plans';

const empty: SafetyPlanSections = {
  warningSigns: [],
  copingStrategies: [],
  distractions: { people: [], places: [] },
  peopleToAsk: [],
  professionals: [],
  environmentSafety: [],
  reasonsForLiving: [],
};

const hotline = { name: '心理援助热线', phone: '88588818', note: '7×24 小时' };

describe('the safety plan editor', () => {
  test('has the seven Stanley–Brown steps in order', () => {
    expect(planSteps).toEqual([
      'warningSigns',
      'copingStrategies',
      'distractions',
      'peopleToAsk',
      'professionals',
      'environmentSafety',
      'reasonsForLiving',
    ]);
    // Every step of the schema is in the editor, so none is left out of the print either.
    expect(new Set(planSteps)).toEqual(new Set(Object.keys(SafetyPlanSections.shape)));
  });

  test('gives each empty step a row to write in, and keeps the prefilled hotlines', () => {
    const form = formFromSections({ ...empty, professionals: [hotline] });
    expect(form.warningSigns).toEqual(['']);
    expect(form.distractions).toEqual({ people: [''], places: [''] });
    expect(form.peopleToAsk).toEqual([{ name: '', phone: '' }]);
    expect(form.professionals).toEqual([hotline]);
  });

  test('saves trimmed text, drops blank rows and keeps the student’s order', () => {
    const sections = sectionsFromForm({
      warningSigns: ['  睡不着，一直想哭 ', '', undefined, '不想见人'],
      copingStrategies: ['听音乐'],
      distractions: { people: ['表姐'], places: ['  ', '篮球场'] },
      peopleToAsk: [{ name: ' 妈妈 ', phone: '13800000000' }, { name: '', phone: '' }, {}],
      professionals: [hotline, { name: '', phone: '', note: '' }],
      environmentSafety: ['药由妈妈保管'],
      reasonsForLiving: ['我的猫'],
    });
    expect(sections).toEqual({
      warningSigns: ['睡不着，一直想哭', '不想见人'],
      copingStrategies: ['听音乐'],
      distractions: { people: ['表姐'], places: ['篮球场'] },
      peopleToAsk: [{ name: '妈妈', phone: '13800000000' }],
      professionals: [hotline],
      environmentSafety: ['药由妈妈保管'],
      reasonsForLiving: ['我的猫'],
    });
    expect(SafetyPlanSections.safeParse(sections).success).toBe(true);
  });

  test('a plan read back into the editor saves as it was', () => {
    const plan: SafetyPlanSections = {
      ...empty,
      warningSigns: ['a', 'b'],
      peopleToAsk: [{ name: '班主任', phone: '' }],
      professionals: [hotline],
    };
    expect(sectionsFromForm(formFromSections(plan))).toEqual(plan);
  });
});

describe('the wallet card', () => {
  test('shortens by characters, not bytes, and marks the cut', () => {
    expect(shortened('短句', 5)).toBe('短句');
    expect(shortened('一二三四五六', 5)).toBe('一二三四…');
    expect([...shortened('x'.repeat(100), walletCardLimits.characters)]).toHaveLength(walletCardLimits.characters);
  });

  test('takes the first entries of each part, and only lines with a number', () => {
    const card = walletCardContent({
      ...empty,
      warningSigns: ['一', '二', '三', '四'],
      copingStrategies: ['深呼吸'],
      peopleToAsk: [
        { name: '妈妈', phone: '13800000000' },
        { name: '班主任', phone: '' },
        { name: '表姐', phone: '13900000000' },
        { name: '外婆', phone: '13700000000' },
      ],
      professionals: [
        { name: '学校心理老师', phone: '', note: '' },
        hotline,
        { name: '阳光家庭热线', phone: '4000716515', note: '周末' },
      ],
    });
    expect(card.warningSigns).toEqual(['一', '二', '三']);
    expect(card.copingStrategies).toEqual(['深呼吸']);
    expect(card.people.map((person) => person.name)).toEqual(['妈妈', '班主任', '表姐']);
    expect(card.lines).toEqual([
      { name: '心理援助热线', phone: '88588818' },
      { name: '阳光家庭热线', phone: '4000716515' },
    ]);
  });

  test('shortens a long name but never a number', () => {
    const long = '某某市某某区精神卫生中心儿童青少年心理门诊（周一至周五上午八点至十二点，下午两点至五点）';
    const card = walletCardContent({ ...empty, professionals: [{ name: long, phone: '022-88188858', note: '' }] });
    expect(card.lines[0]!.phone).toBe('022-88188858');
    expect(card.lines[0]!.name.endsWith('…')).toBe(true);
  });
});
