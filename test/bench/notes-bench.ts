import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../../electron/backend/backend';
import type { NoteContent } from '../../shared/schemas/sessions';

/**
 * Session notes at the size of several years of a busy counseling room: 5,000 finalised notes
 * of realistic Chinese text for 500 students, then the calls the screens make: full-text search
 * (焦虑 among them), a draft saved while typing, the agenda, a timeline. Prints milliseconds
 * (medians where repeated).
 */
const noteCount = 5000;
const studentCount = 500;

const sentences = {
  problem: [
    '学生自述最近学习压力很大，考试前总是焦虑，担心成绩下滑让父母失望。',
    '近两周晚上入睡困难，经常失眠到凌晨一两点，白天上课注意力不集中。',
    '和同桌发生矛盾后不愿意去学校，觉得班里同学都在背后议论自己。',
    '父母最近经常吵架，回家后一个人待在房间里，不想和家人说话。',
    '沉迷手机游戏，每天玩到深夜，作业经常完不成，被老师批评多次。',
    '转学到新学校一个多月，还没有交到朋友，午饭时常常一个人坐。',
    '对未来的专业选择感到迷茫，不知道自己适合什么，和父母意见不同。',
    '情绪低落，对以前喜欢的篮球也提不起兴趣，经常莫名想哭。',
  ],
  background: [
    '家庭结构为核心家庭，父亲在外地工作，平时主要由母亲照顾。',
    '父母离异，现随奶奶生活，属于隔代抚养，与母亲每月见面一次。',
    '留守儿童，父母在南方打工，春节才回家，平时与爷爷奶奶同住。',
    '成绩中等偏上，数学较好，语文和英语近期下降明显。',
    '无重大疾病史，家长反映孩子小时候性格开朗，上初中后变得内向。',
    '上学期因为体育课受伤休息了三周，之后成绩有所波动。',
  ],
  observation: [
    '来访时衣着整洁，表情紧张，说话声音较小，眼神回避。',
    '情绪较为平稳，能清楚表达自己的困扰，思维连贯。',
    '谈到家庭时眼眶发红，沉默较长时间，随后愿意继续交谈。',
    '坐姿拘谨，双手反复搓动，提到考试时明显焦躁。',
    '表现出一定的自责想法，认为问题都是自己造成的。',
  ],
  process: [
    '运用倾听与共情技术建立关系，帮助学生梳理压力来源。',
    '采用认知行为疗法（CBT）识别自动化负性思维，并布置思维记录作业。',
    '进行放松训练，教授腹式呼吸和渐进式肌肉放松。',
    '通过角色扮演练习与同学沟通的方式，增强人际交往信心。',
    '使用焦点解决短期咨询技术，寻找例外情境和已有资源。',
  ],
  assessment: [
    '主要为学业压力引发的焦虑情绪，程度中等，未发现自伤或伤人想法。',
    '人际关系困扰为主，伴有轻度抑郁情绪，需持续关注。',
    '家庭关系紧张影响情绪，暂无危机风险，建议家校沟通。',
    '睡眠问题较突出，建议家长关注作息，如持续失眠可建议就医评估。',
  ],
  outcome: [
    '学生表示谈话后轻松了一些，愿意尝试放松练习。',
    '学生对自己的情况有了新的认识，约定下周再来。',
    '反馈较好，能够说出两条应对考试焦虑的方法。',
    '情绪有所缓解，同意与班主任沟通座位调整的想法。',
  ],
  plan: [
    '下周同一时间继续面谈，跟进睡眠和作业情况。',
    '与班主任沟通，请其在课堂上多给予鼓励。',
    '建议家长多陪伴，减少对成绩的过度关注。',
    '两周后复评，必要时转介到医院心理科。',
  ],
} as const;

/** A deterministic sequence, so every run builds the same notes. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const next = sequence(2026);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
const paragraph = (items: readonly string[], count: number) =>
  Array.from({ length: count }, () => pick(items)).join('');

function noteContent(index: number): NoteContent {
  const day = new Date(Date.UTC(2023, 8, 1) + Math.floor(index / 4) * 86_400_000).toISOString().slice(0, 10);
  return {
    template: { key: 'school-form', version: 1 },
    date: day,
    startTime: '10:00',
    endTime: '10:45',
    place: '心理辅导室',
    kind: 'individual',
    mode: pick(['in-person', 'in-person', 'phone', 'online'] as const),
    referralRoute: pick(['self', 'teacher-referral', 'parent-request', 'teacher-noticed'] as const),
    categories: [pick(['study', 'emotions', 'relationships', 'family', 'internet', 'adjustment'])],
    sections: {
      'presenting-problem': paragraph(sentences.problem, 4),
      background: paragraph(sentences.background, 5),
      observation: paragraph(sentences.observation, 4),
      process: paragraph(sentences.process, 5),
      assessment: paragraph(sentences.assessment, 3),
      outcome: paragraph(sentences.outcome, 3),
    },
    risk: pick(['none', 'none', 'none', 'some-concern'] as const),
    plan: paragraph(sentences.plan, 2),
    informClassTeacher: next() < 0.3,
    informParents: next() < 0.3,
    refer: next() < 0.05,
    nextAppointment: next() < 0.5 ? { date: day, time: '10:00', note: '' } : null,
  };
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'xinqing-bench-'));
  const rows: [string, string, string][] = [];
  try {
    const backend = createBackend({ dataFolder: folder });
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await backend.router.call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code} ${result.error.message}`);
      return result.value as T;
    };
    await call('vault.setup', {
      schoolName: '基准学校',
      counselorName: '李老师',
      passphrase: 'benchmark 2026',
      language: 'zh-CN',
    });
    const students: string[] = [];
    for (let index = 0; index < studentCount; index += 1) {
      const student = await call<{ id: string }>('students.create', {
        name: `学生${index}`,
        studentNumber: `B${String(index).padStart(5, '0')}`,
        grade: 'J2',
      });
      students.push(student.id);
    }

    let characters = 0;
    const [, seedMs] = await timed(async () => {
      for (let index = 0; index < noteCount; index += 1) {
        const content = noteContent(index);
        characters += Object.values(content.sections).join('').length + content.plan.length;
        const draft = await call<{ noteId: string }>('sessions.createDraft', {
          studentId: students[index % studentCount],
        });
        const saved = await call<{ revision: number }>('sessions.saveDraft', {
          noteId: draft.noteId,
          revision: 1,
          content,
        });
        await call('sessions.finalize', { noteId: draft.noteId, revision: saved.revision });
      }
    });
    rows.push([`${noteCount} notes created, saved and finalised (3 calls each)`, seedMs.toFixed(0), 'ms']);
    rows.push(['average note text', (characters / noteCount).toFixed(0), 'chars']);
    const { connection } = backend.vault.requireSession();
    connection.pragma('wal_checkpoint(TRUNCATE)');
    rows.push([
      'database file after checkpoint',
      (statSync(join(folder, 'xinqing.db')).size / 2 ** 20).toFixed(1),
      'MiB',
    ]);

    const searches: [string, string][] = [
      ['焦虑', 'two-character word in many notes'],
      ['失眠', 'two-character word'],
      ['考试焦虑', 'four-character phrase'],
      ['焦', 'one character (prefix query)'],
      ['CBT', 'English word'],
      ['焦虑 失眠', 'two words, both required'],
      ['量子力学', 'phrase that finds nothing'],
    ];
    for (const [query, what] of searches) {
      const times: number[] = [];
      let total = 0;
      for (let round = 0; round < 50; round += 1) {
        const [result, ms] = await timed(() => call<{ total: number }>('sessions.search', { query, limit: 30 }));
        total = result.total;
        times.push(ms);
      }
      rows.push([
        `sessions.search "${query}": ${what}, ${total} hits, first 30 (median of 50)`,
        median(times).toFixed(2),
        'ms',
      ]);
    }

    const draft = await call<{ noteId: string }>('sessions.createDraft', { studentId: students[0] });
    let revision = 1;
    const saveTimes: number[] = [];
    const typed = noteContent(1);
    for (let round = 0; round < 200; round += 1) {
      const content = {
        ...typed,
        sections: { ...typed.sections, outcome: `${typed.sections.outcome} 第${round}次修改` },
      };
      const [saved, ms] = await timed(() =>
        call<{ revision: number }>('sessions.saveDraft', { noteId: draft.noteId, revision, content }),
      );
      revision = saved.revision;
      saveTimes.push(ms);
    }
    const draftSize = JSON.stringify(typed).length;
    rows.push([
      `sessions.saveDraft, ${draftSize}-character draft, fsync each (median of 200)`,
      median(saveTimes).toFixed(2),
      'ms',
    ]);
    rows.push(['sessions.saveDraft, slowest of 200', Math.max(...saveTimes).toFixed(2), 'ms']);

    const repeated = async (label: string, channel: string, input: unknown) => {
      const times: number[] = [];
      for (let round = 0; round < 50; round += 1) times.push((await timed(() => call(channel, input)))[1]);
      rows.push([`${label} (median of 50)`, median(times).toFixed(2), 'ms']);
    };
    await repeated(`sessions.agenda over ${studentCount} students`, 'sessions.agenda', {});
    await repeated(`sessions.timeline of a student with ${noteCount / studentCount} notes`, 'sessions.timeline', {
      studentId: students[1],
    });
    await repeated('sessions.listDrafts', 'sessions.listDrafts', {});
    rows.push(['resident memory after the run', (process.memoryUsage().rss / 2 ** 20).toFixed(0), 'MiB']);
    backend.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value, unit] of rows) console.log(`${name.padEnd(width)}  ${value.padStart(8)} ${unit}`);
}

void main();
