import type { Connection } from '../database/open-database';

export function readSettingValues(connection: Connection): Map<string, unknown> {
  const rows = connection.prepare('SELECT key, value FROM settings').all() as { key: string; value: string }[];
  return new Map(rows.map((row) => [row.key, JSON.parse(row.value) as unknown]));
}

export function writeSettingValue(
  connection: Connection,
  setting: { key: string; value: unknown; at: string; by: string },
): void {
  connection
    .prepare(
      `INSERT INTO settings (key, value, updated_at, updated_by) VALUES (@key, @value, @at, @by)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at,
         updated_by = excluded.updated_by`,
    )
    .run({ ...setting, value: JSON.stringify(setting.value) });
}
