import type { Hotline } from '../../../shared/schemas/hotlines';
import type { Connection } from '../database/open-database';

interface HotlineRow {
  id: string;
  name_zh: string;
  name_en: string;
  number: string;
  hours_zh: string;
  hours_en: string;
  note_zh: string;
  note_en: string;
  active: number;
  sort_order: number;
}

function toHotline(row: HotlineRow): Hotline {
  return {
    id: row.id,
    nameZh: row.name_zh,
    nameEn: row.name_en,
    number: row.number,
    hoursZh: row.hours_zh,
    hoursEn: row.hours_en,
    noteZh: row.note_zh,
    noteEn: row.note_en,
    active: row.active === 1,
    sortOrder: row.sort_order,
  };
}

/** Every line in the school's order; only the active ones when asked. */
export function listHotlines(connection: Connection, activeOnly: boolean): Hotline[] {
  const rows = connection
    .prepare(`SELECT * FROM hotlines ${activeOnly ? 'WHERE active = 1' : ''} ORDER BY sort_order, id`)
    .all() as HotlineRow[];
  return rows.map(toHotline);
}

type HotlineWrite = Hotline & { at: string; by: string };

function parameters(line: HotlineWrite) {
  return { ...line, active: line.active ? 1 : 0 };
}

export function insertHotline(connection: Connection, line: HotlineWrite): void {
  connection
    .prepare(
      `INSERT INTO hotlines (id, name_zh, name_en, number, hours_zh, hours_en, note_zh, note_en, active, sort_order,
         created_at, created_by, updated_at, updated_by)
       VALUES (@id, @nameZh, @nameEn, @number, @hoursZh, @hoursEn, @noteZh, @noteEn, @active, @sortOrder,
         @at, @by, @at, @by)`,
    )
    .run(parameters(line));
}

export function updateHotline(connection: Connection, line: HotlineWrite): void {
  connection
    .prepare(
      `UPDATE hotlines SET name_zh = @nameZh, name_en = @nameEn, number = @number, hours_zh = @hoursZh,
         hours_en = @hoursEn, note_zh = @noteZh, note_en = @noteEn, active = @active, sort_order = @sortOrder,
         updated_at = @at, updated_by = @by
       WHERE id = @id`,
    )
    .run(parameters(line));
}

export function deleteHotline(connection: Connection, id: string): void {
  connection.prepare('DELETE FROM hotlines WHERE id = ?').run(id);
}
