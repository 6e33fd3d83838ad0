import { describe, expect, it } from 'vitest';
import { bundledScales } from '../../../../electron/backend/scales/bundled-scales';
import { readCell } from '../../../../electron/backend/scales/screening-cells';

const definition = (id: string) => bundledScales.find((scale) => scale.definition.id === id)!.definition;

describe('reading a screening cell', () => {
  const phq9 = definition('phq-9');
  const choice = phq9.items[0]!;
  const asqItem = definition('asq').items[0]!;
  const read = (item: typeof choice, cell: string) => readCell(item, cell, item === choice ? phq9.optionSets : []);

  it('reads a choice by its option value or label, and refuses anything else', () => {
    expect(read(choice, '2')).toEqual({ status: 'answer', answer: 2 });
    expect(read(choice, ' ３ ')).toEqual({ status: 'answer', answer: 3 });
    expect(read(choice, '1.0')).toEqual({ status: 'answer', answer: 1 });
    expect(read(choice, '一半以上的天数')).toEqual({ status: 'answer', answer: 2 });
    expect(read(choice, 'Nearly every day')).toEqual({ status: 'answer', answer: 3 });
    expect(read(choice, '')).toEqual({ status: 'blank' });
    for (const cell of ['4', '-1', '1.5', 'two', 'constructor'])
      expect(read(choice, cell), cell).toEqual({ status: 'invalid' });
  });

  it('reads yes, no and refusals in the words forms use', () => {
    const cells = ['是', '否', '拒绝答', '拒答', 'YES', 'no', 'Refused', 'y', 'N', '1', '0'];
    const answers = cells.map((cell) => read(asqItem, cell));
    expect(answers.map((cell) => (cell.status === 'answer' ? cell.answer : cell.status))).toEqual([
      'yes',
      'no',
      'refused',
      'refused',
      'yes',
      'no',
      'refused',
      'yes',
      'no',
      'yes',
      'no',
    ]);
    for (const cell of ['2', 'maybe', 'constructor']) expect(read(asqItem, cell), cell).toEqual({ status: 'invalid' });
    expect(read(asqItem, ' ')).toEqual({ status: 'blank' });
  });
});
