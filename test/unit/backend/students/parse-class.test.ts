import { describe, expect, it } from 'vitest';
import { parseClassNumber } from '../../../../electron/backend/students/import/parse-class';

describe('reading a class number', () => {
  it.each([
    ['3', 3],
    ['03', 3],
    ['3班', 3],
    ['(3)班', 3],
    ['（12）班', 12],
    ['三班', 3],
    ['十二班', 12],
    ['二十班', 20],
    ['第5班', 5],
    ['初二(3)班', 3],
    ['七年级(1)班', 1],
    ['高一3班', 3],
    ['2024级3班', 3],
    ['３班', 3],
  ])('%s is class %i', (text, number) => {
    expect(parseClassNumber(text)).toBe(number);
  });

  it.each(['', '0', '100', '初二', '三年级', '3组', 'A班', '1-2班'])('%j is no class', (text) => {
    expect(parseClassNumber(text)).toBeNull();
  });
});
