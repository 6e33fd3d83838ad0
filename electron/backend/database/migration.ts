/** One step of the schema. Numbered from 1 with no gaps; never edited once released. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}
