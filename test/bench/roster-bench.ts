import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Workbook } from 'exceljs';
import { createBackend } from '../../electron/backend/backend';

/**
 * The roster at the size of a large school: 3,000 students imported from a CSV and an XLSX,
 * then the calls the roster screen makes while the counselor types and scrolls. Prints
 * milliseconds (medians where repeated).
 */
const studentCount = 3000;
const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单';
const givenCharacters =
  '子涵欣怡梓轩浩然雨萱一诺宇航思彤博文嘉怡俊杰紫萱明轩佳琪天佑诗涵昊然若汐晨曦语桐皓轩梦琪鑫磊雅静';
const gradeWords = [
  '一年级',
  '二年级',
  '三年级',
  '四年级',
  '五年级',
  '六年级',
  '初一',
  '初二',
  '初三',
  '高一',
  '高二',
  '高三',
];

/** A deterministic sequence, so every run builds the same roster. */
function sequence(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function rosterRows(): string[][] {
  const next = sequence(2026);
  const pick = (text: string) => text[Math.floor(next() * text.length)]!;
  const rows = [['学号', '姓名', '性别', '出生日期', '年级', '班级', '监护人', '联系电话']];
  for (let index = 0; index < studentCount; index += 1) {
    const grade = gradeWords[index % gradeWords.length]!;
    const name = pick(surnames) + pick(givenCharacters) + (next() < 0.6 ? pick(givenCharacters) : '');
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    rows.push([
      `2026${String(index).padStart(5, '0')}`,
      name,
      next() < 0.5 ? '男' : '女',
      `${2008 + (index % 12)}-${month}-15`,
      grade,
      `${1 + Math.floor(next() * 10)}班`,
      `${name[0]}家长`,
      `138${String(index).padStart(8, '0')}`,
    ]);
  }
  return rows;
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
  const rows: [string, string][] = [];
  try {
    const backend = createBackend({ dataFolder: folder });
    const call = async (channel: string, input: unknown) => {
      const result = await backend.router.call(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.code}`);
      return result.value;
    };
    await call('vault.setup', {
      schoolName: '基准学校',
      counselorName: '李老师',
      passphrase: 'benchmark 2026',
      language: 'zh-CN',
    });

    const table = rosterRows();
    const csv = Buffer.from(`\ufeff${table.map((row) => row.join(',')).join('\r\n')}`, 'utf8').toString('base64');
    const workbook = new Workbook();
    workbook.addWorksheet('名单').addRows(table);
    const xlsx = Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer).toString('base64');

    const [, xlsxPreviewMs] = await timed(() =>
      call('students.previewImport', { fileName: 'roster.xlsx', content: xlsx }),
    );
    rows.push([`previewImport, XLSX of ${studentCount} rows`, xlsxPreviewMs.toFixed(0)]);
    const [preview, csvPreviewMs] = await timed(() =>
      call('students.previewImport', { fileName: 'roster.csv', content: csv }),
    );
    rows.push([`previewImport, CSV of ${studentCount} rows`, csvPreviewMs.toFixed(0)]);
    const mapping = (preview as { mapping: unknown }).mapping;
    const [, commitMs] = await timed(() =>
      call('students.commitImport', { fileName: 'roster.csv', content: csv, mapping }),
    );
    rows.push([`commitImport, ${studentCount} new students in one transaction`, commitMs.toFixed(0)]);
    const [, reimportMs] = await timed(() =>
      call('students.commitImport', { fileName: 'roster.xlsx', content: xlsx, mapping }),
    );
    rows.push([`commitImport again, XLSX, all unchanged`, reimportMs.toFixed(0)]);

    const lists: [string, unknown][] = [
      ['first page of the active roster (50)', { status: 'active' }],
      ['a page deep in the roster (offset 2,900)', { status: 'active', offset: 2900, limit: 100 }],
      ['one class (grade and class filter)', { status: 'active', grade: 'J2', classNumber: 3 }],
      ['search by pinyin initials "zs"', { query: 'zs', status: 'active' }],
      ['search by full pinyin "zhangzihan"', { query: 'zhangzihan' }],
      ['search by a name fragment "子涵"', { query: '子涵' }],
      ['search by student number prefix', { query: '202600' }],
      ['search that finds nothing', { query: 'xyzxyz' }],
    ];
    for (const [name, input] of lists) {
      const times: number[] = [];
      for (let round = 0; round < 200; round += 1) times.push((await timed(() => call('students.list', input)))[1]);
      rows.push([`students.list: ${name} (median of 200)`, median(times).toFixed(2)]);
    }
    const [, promoteMs] = await timed(() => call('students.promoteSchoolYear', { schoolYear: '2026-2027' }));
    rows.push([`promoteSchoolYear, ${studentCount} students`, promoteMs.toFixed(0)]);
    rows.push(['resident memory after the run (MiB)', (process.memoryUsage().rss / 2 ** 20).toFixed(0)]);
    backend.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows) {
    console.log(`${name.padEnd(width)}  ${value.padStart(8)} ${name.includes('MiB') ? '' : 'ms'}`);
  }
}

void main();
