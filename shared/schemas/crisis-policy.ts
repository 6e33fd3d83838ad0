import { z } from 'zod';
import { LocalizedText } from './scale-definition';

/**
 * The school's crisis policy as data: its warning levels, what each level typically triggers
 * and how often a case at that level is followed up. Schools use four colours, three, or
 * numbered levels, so nothing in the code names a level; the state machine reads only `rank`
 * (the highest rank is the "imminent" level whose raise needs a guardian notice).
 */

/** Stable identifiers inside a policy: level ids and checklist item ids. Events store them. */
export const PolicyKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'lowercase letters, digits and hyphens' });
export type PolicyKey = z.infer<typeof PolicyKey>;

export const LevelId = PolicyKey;
export type LevelId = PolicyKey;

/** Named colour tokens the UI maps to its palette; a colour is never shown without the label. */
export const warningColours = ['red', 'orange', 'yellow', 'blue', 'green', 'purple', 'grey'] as const;
export const WarningColour = z.enum(warningColours);
export type WarningColour = z.infer<typeof WarningColour>;

export const ChecklistItem = z.strictObject({ id: PolicyKey, label: LocalizedText });
export type ChecklistItem = z.infer<typeof ChecklistItem>;

/**
 * Follow-up intervals in days (a "month" is written as 30 days): the first follow-up is due
 * `firstWithinDays` after the level was set, each later one `thenEveryDays` after the last.
 * Zero for the first means the same day.
 */
export const FollowUpSchedule = z.strictObject({
  firstWithinDays: z.number().int().min(0).max(366),
  thenEveryDays: z.number().int().min(1).max(366),
});
export type FollowUpSchedule = z.infer<typeof FollowUpSchedule>;

export const WarningLevel = z
  .strictObject({
    id: LevelId,
    /** Higher is more urgent. */
    rank: z.number().int().min(0).max(100),
    colour: WarningColour,
    label: LocalizedText,
    description: LocalizedText,
    checklist: z.array(ChecklistItem).max(30),
    followUp: FollowUpSchedule,
  })
  .superRefine((level, context) => {
    const seen = new Set<string>();
    level.checklist.forEach((item, index) => {
      if (seen.has(item.id)) {
        context.addIssue({ code: 'custom', path: ['checklist', index, 'id'], message: 'each item id once' });
      }
      seen.add(item.id);
    });
  });
export type WarningLevel = z.infer<typeof WarningLevel>;

export const CrisisPolicy = z
  .strictObject({ levels: z.array(WarningLevel).min(1).max(10) })
  .superRefine((policy, context) => {
    const ids = new Set<string>();
    const ranks = new Set<number>();
    policy.levels.forEach((level, index) => {
      if (ids.has(level.id)) {
        context.addIssue({ code: 'custom', path: ['levels', index, 'id'], message: 'each level id once' });
      }
      if (ranks.has(level.rank)) {
        context.addIssue({ code: 'custom', path: ['levels', index, 'rank'], message: 'each rank once' });
      }
      ids.add(level.id);
      ranks.add(level.rank);
    });
  });
export type CrisisPolicy = z.infer<typeof CrisisPolicy>;

const item = (id: string, zh: string, en: string): ChecklistItem => ({ id, label: { 'zh-CN': zh, en } });

/** Orange and yellow share what they trigger (domain.md); each level still owns its items. */
const assessAndCounsel = (): ChecklistItem[] => [
  item('counselor-assessment', '心理老师评估', 'Counselor assessment'),
  item('talk-with-parents', '与家长沟通', 'Talk with the parents'),
  item('advise-medical-visit', '建议就医', 'Advise a medical visit'),
  item('regular-counseling', '定期心理辅导', 'Regular counseling'),
];

/**
 * The shipped default: red / orange / yellow / blue for imminent / high / moderate / low, the
 * typical actions of docs/domain.md as checklists, and follow-ups daily (red), within 3 days
 * then weekly (orange), every 2 weeks (yellow) and monthly, as 30 days (blue).
 */
export const defaultCrisisPolicy: CrisisPolicy = {
  levels: [
    {
      id: 'imminent',
      rank: 4,
      colour: 'red',
      label: { 'zh-CN': '红色预警(极高风险)', en: 'Red — imminent risk' },
      description: {
        'zh-CN': '24小时内有自杀或伤害他人的风险：有计划、有工具、有告别行为',
        en: 'Risk of suicide or of harming others within 24 hours: a plan, the means, farewell behaviour',
      },
      checklist: [
        item('never-alone', '不让学生独处', 'Never leave the student alone'),
        item('guardian-collects', '监护人到校接回', 'A guardian comes to collect the student'),
        item('escort-to-hospital', '护送就医', 'Escort to hospital'),
        item('case-review-meeting', '召开研判会', 'Case review meeting (研判会)'),
        item('multi-party-meeting', '召开多方会议', 'Multi-party meeting'),
        item('individual-plan', '制定一生一策', 'Individual plan'),
      ],
      followUp: { firstWithinDays: 1, thenEveryDays: 1 },
    },
    {
      id: 'high',
      rank: 3,
      colour: 'orange',
      label: { 'zh-CN': '橙色预警(高风险)', en: 'Orange — high risk' },
      description: {
        'zh-CN': '有明显的自伤或自杀念头，或严重的心理困扰',
        en: 'Clear thoughts of self-harm or suicide, or severe distress',
      },
      checklist: assessAndCounsel(),
      followUp: { firstWithinDays: 3, thenEveryDays: 7 },
    },
    {
      id: 'moderate',
      rank: 2,
      colour: 'yellow',
      label: { 'zh-CN': '黄色预警(中风险)', en: 'Yellow — moderate risk' },
      description: {
        'zh-CN': '有较明显的心理困扰，需要关注和辅导',
        en: 'Marked distress that needs attention and counseling',
      },
      checklist: assessAndCounsel(),
      followUp: { firstWithinDays: 14, thenEveryDays: 14 },
    },
    {
      id: 'low',
      rank: 1,
      colour: 'blue',
      label: { 'zh-CN': '蓝色预警(低风险)', en: 'Blue — low risk' },
      description: {
        'zh-CN': '有一定心理困扰，需要持续关注',
        en: 'Some distress that needs continued watching',
      },
      checklist: [
        item('class-teacher-watch', '班主任密切关注', 'The class teacher keeps watch'),
        item('class-monitor-observes', '心理委员留意观察', 'The class mental-health monitor (心理委员) observes'),
        item('periodic-check-ins', '定期谈心', 'Periodic check-ins'),
      ],
      followUp: { firstWithinDays: 30, thenEveryDays: 30 },
    },
  ],
};
