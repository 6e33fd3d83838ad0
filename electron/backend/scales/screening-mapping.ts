import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScreeningMapping } from '../../../shared/schemas/scales';
import { headerField } from '../students/import/map-columns';

/** A header as compared: full-width made ASCII, lower case, no spaces. */
function normalize(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/**
 * The item number a header names, in the ways survey tools and spreadsheets write it: `1`,
 * `Q1`, `item 1`, `第1题`, `1.做事时提不起劲`, `phq9_1`, `gad7-1`. A bare scale name such as
 * `PHQ-9` names no item.
 */
const itemNumberPatterns = [
  /^第?(\d{1,3})题?$/,
  /^(?:q|item|i|题目|题|问题|第)[._#-]?(\d{1,3})题?$/,
  /^(\d{1,3})[.、:)\]]/,
  /^[a-z]+-?\d*[_.](?:q|item)?(\d{1,3})$/,
  /^[a-z]+\d+-(\d{1,3})$/,
];

function itemOfHeader(header: string, definition: ScaleDefinition): string | null {
  const text = normalize(header);
  if (text === '') return null;
  const exact = definition.items.find((item) => item.id === text || normalize(item.label) === text);
  if (exact) return exact.id;
  for (const pattern of itemNumberPatterns) {
    const number = pattern.exec(text)?.[1];
    if (number === undefined) continue;
    const plain = String(Number(number));
    const item = definition.items.find((candidate) => candidate.label === plain || candidate.id === plain);
    if (item) return item.id;
  }
  return null;
}

/**
 * The mapping to offer: the student-number column by its header (学号, 学籍号, student number …,
 * as the roster import knows them), each item by the first column that names it. Null when no
 * column holds student numbers: the counselor then maps the file by hand.
 */
export function suggestScreeningMapping(headers: string[], definition: ScaleDefinition): ScreeningMapping | null {
  const studentNumber = headers.findIndex((header) => headerField(header) === 'studentNumber');
  if (studentNumber < 0) return null;
  const items: Record<string, number> = {};
  headers.forEach((header, column) => {
    if (column === studentNumber) return;
    const itemId = itemOfHeader(header, definition);
    if (itemId !== null && !Object.hasOwn(items, itemId)) items[itemId] = column;
  });
  return { studentNumber, items };
}
