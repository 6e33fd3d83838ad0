import type { Migration } from '../database/migration';

/**
 * What surrounds crisis cases: the hotlines (Tianjin's as shipped), the crisis policy, safety
 * plans and the class teachers' monthly checks. The policy, plans and checks are versioned and
 * append-only: a case recorded under one policy, a plan printed for a student and a report a case
 * was opened from must all still read as they were.
 *
 * The seeds are written out here, not imported: a released migration must never change.
 */

interface SeedHotline {
  id: string;
  nameZh: string;
  nameEn: string;
  number: string;
  hoursZh: string;
  hoursEn: string;
  noteZh: string;
  noteEn: string;
}

/**
 * Tianjin's three lines of docs/domain.md. The 24-hour student hotline (阳光心理热线) is named
 * there without a number: it ships with none, last, and the panel asks the school to add it
 * rather than a number being made up.
 */
const hotlines: SeedHotline[] = [
  {
    id: '161851d1-7550-4329-9294-ee5696ab24c0',
    nameZh: '阳光家庭热线',
    nameEn: 'Sunshine family hotline',
    number: '4000716515',
    hoursZh: '每周末',
    hoursEn: 'Weekends',
    noteZh: '家庭教育专家为家长解答亲子沟通与孩子成长的困惑',
    noteEn: 'Family-education experts help parents with their children and with talking to them',
  },
  {
    id: '13a6a94c-7be5-430f-a48c-40455ad4738d',
    nameZh: '心理援助热线',
    nameEn: 'Psychological aid hotline',
    number: '88588818',
    hoursZh: '7×24小时',
    hoursEn: '24 hours, every day',
    noteZh: '天津市卫生系统，免费；从天津以外拨打需加区号 022',
    noteEn: 'Tianjin health system, free; from outside Tianjin dial the area code 022 first',
  },
  {
    id: '0197a1c0-3b2e-7c41-9d5a-6f1e2b3c4d5e',
    nameZh: '阳光心理热线',
    nameEn: 'Sunshine psychological hotline for students',
    number: '',
    hoursZh: '24小时，全年无休',
    hoursEn: '24 hours, all year',
    noteZh: '天津市面向中小学生的心理热线',
    noteEn: "Tianjin's psychological hotline for school students",
  },
];

const item = (id: string, zh: string, en: string) => ({ id, label: { 'zh-CN': zh, en } });
const assessAndCounsel = [
  item('counselor-assessment', '心理老师评估', 'Counselor assessment'),
  item('talk-with-parents', '与家长沟通', 'Talk with the parents'),
  item('advise-medical-visit', '建议就医', 'Advise a medical visit'),
  item('regular-counseling', '定期心理辅导', 'Regular counseling'),
];

/** docs/crisis-workflow.md's default policy as it was when this migration was released. */
const shippedPolicy = {
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
      checklist: assessAndCounsel,
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
      checklist: assessAndCounsel,
      followUp: { firstWithinDays: 14, thenEveryDays: 14 },
    },
    {
      id: 'low',
      rank: 1,
      colour: 'blue',
      label: { 'zh-CN': '蓝色预警(低风险)', en: 'Blue — low risk' },
      description: { 'zh-CN': '有一定心理困扰，需要持续关注', en: 'Some distress that needs continued watching' },
      checklist: [
        item('class-teacher-watch', '班主任密切关注', 'The class teacher keeps watch'),
        item('class-monitor-observes', '心理委员留意观察', 'The class mental-health monitor (心理委员) observes'),
        item('periodic-check-ins', '定期谈心', 'Periodic check-ins'),
      ],
      followUp: { firstWithinDays: 30, thenEveryDays: 30 },
    },
  ],
};

const text = (value: string) => `'${value.replace(/'/g, "''")}'`;
const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

const hotlineSeeds = hotlines
  .map(
    (line, index) =>
      `(${[line.id, line.nameZh, line.nameEn, line.number, line.hoursZh, line.hoursEn, line.noteZh, line.noteEn]
        .map(text)
        .join(', ')}, 1, ${(index + 1) * 10}, ${now}, ${now})`,
  )
  .join(',\n      ');

const appendOnly = (table: string, what: string) => `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} are append-only'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} are append-only'); END;`;

const grades = `('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3', 'S1', 'S2', 'S3')`;
const isDay = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

export const migration007: Migration = {
  version: 7,
  description: 'hotlines, crisis policy, safety plans, class teachers’ monthly checks',
  sql: `
    CREATE TABLE hotlines (
      id TEXT PRIMARY KEY,
      name_zh TEXT NOT NULL CHECK (length(name_zh) <= 50),
      name_en TEXT NOT NULL CHECK (length(name_en) <= 80),
      number TEXT NOT NULL CHECK (length(number) <= 30),
      hours_zh TEXT NOT NULL CHECK (length(hours_zh) <= 60),
      hours_en TEXT NOT NULL CHECK (length(hours_en) <= 60),
      note_zh TEXT NOT NULL CHECK (length(note_zh) <= 200),
      note_en TEXT NOT NULL CHECK (length(note_en) <= 200),
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      -- Null: shipped with the app.
      created_by TEXT REFERENCES counselors(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES counselors(id),
      CHECK (name_zh <> '' OR name_en <> '')
    ) STRICT;
    INSERT INTO hotlines (id, name_zh, name_en, number, hours_zh, hours_en, note_zh, note_en, active, sort_order,
      created_at, updated_at) VALUES
      ${hotlineSeeds};

    -- The current policy is the highest version; earlier ones say what a case was recorded under.
    CREATE TABLE crisis_policy_versions (
      version INTEGER PRIMARY KEY CHECK (version >= 1),
      policy TEXT NOT NULL CHECK (json_valid(policy) AND json_type(policy, '$.levels') = 'array'),
      created_at TEXT NOT NULL,
      -- Null: shipped with the app.
      created_by TEXT REFERENCES counselors(id)
    ) STRICT;
    ${appendOnly('crisis_policy_versions', 'crisis policy versions')}
    INSERT INTO crisis_policy_versions (version, policy, created_at) VALUES
      (1, ${text(JSON.stringify(shippedPolicy))}, ${now});

    CREATE TABLE safety_plans (
      id TEXT PRIMARY KEY,
      student_id TEXT NOT NULL REFERENCES students(id),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id)
    ) STRICT;
    ${appendOnly('safety_plans', 'safety plans')}
    CREATE INDEX safety_plans_student ON safety_plans(student_id);

    -- Each save of a plan is the next version; the latest is the plan as it stands.
    CREATE TABLE safety_plan_versions (
      plan_id TEXT NOT NULL REFERENCES safety_plans(id),
      version INTEGER NOT NULL CHECK (version >= 1),
      -- The crisis case this version was made in, if any.
      case_id TEXT REFERENCES crisis_cases(id),
      sections TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'object'),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      PRIMARY KEY (plan_id, version)
    ) STRICT;
    ${appendOnly('safety_plan_versions', 'safety plan versions')}

    -- One class's report for one month; reporting again adds the next version.
    CREATE TABLE class_check_reports (
      id TEXT PRIMARY KEY,
      period TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'),
      grade TEXT NOT NULL CHECK (grade IN ${grades}),
      class_number INTEGER NOT NULL CHECK (class_number BETWEEN 1 AND 99),
      version INTEGER NOT NULL CHECK (version >= 1),
      class_teacher TEXT NOT NULL CHECK (length(class_teacher) <= 50),
      class_size INTEGER NOT NULL CHECK (class_size BETWEEN 0 AND 200),
      kind TEXT NOT NULL CHECK (kind IN ('zero-report', 'report')),
      reported_on TEXT NOT NULL CHECK (${isDay('reported_on')}),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      UNIQUE (period, grade, class_number, version)
    ) STRICT;
    ${appendOnly('class_check_reports', 'class check reports')}

    CREATE TABLE class_check_students (
      report_id TEXT NOT NULL REFERENCES class_check_reports(id),
      position INTEGER NOT NULL CHECK (position >= 1),
      student_id TEXT NOT NULL REFERENCES students(id),
      watch TEXT NOT NULL CHECK (watch IN ('new', 'continuing', 'cleared')),
      reason TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
      description TEXT NOT NULL CHECK (length(description) <= 1000),
      action TEXT NOT NULL CHECK (length(action) <= 1000),
      reported_to_counselor INTEGER NOT NULL CHECK (reported_to_counselor IN (0, 1)),
      parents_informed INTEGER NOT NULL CHECK (parents_informed IN (0, 1)),
      PRIMARY KEY (report_id, position),
      UNIQUE (report_id, student_id)
    ) STRICT;
    ${appendOnly('class_check_students', 'class check entries')}
    CREATE INDEX class_check_students_student ON class_check_students(student_id);
  `,
};
