import type { OptionSet, ScaleAnswer, ScaleItem, YesNoAnswer } from '../../../shared/schemas/scale-definition';

/** A cell read as an item's answer: blank is unanswered, anything that does not fit is invalid. */
export type CellAnswer = { status: 'answer'; answer: ScaleAnswer } | { status: 'blank' } | { status: 'invalid' };

const yesNoWords = new Map<string, YesNoAnswer>([
  ['是', 'yes'],
  ['否', 'no'],
  ['拒绝答', 'refused'],
  ['拒答', 'refused'],
  ['拒绝回答', 'refused'],
  ['yes', 'yes'],
  ['no', 'no'],
  ['refused', 'refused'],
  ['y', 'yes'],
  ['n', 'no'],
  ['1', 'yes'],
  ['0', 'no'],
]);

function normalize(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** An option by its value (`2`, or `2.0` as some exports write numbers) or by its label in either language. */
function choiceAnswer(text: string, optionSet: OptionSet | undefined): ScaleAnswer | null {
  if (!optionSet) return null;
  const number = /^-?\d+(?:\.0+)?$/.test(text) ? Number.parseFloat(text) : null;
  const option = optionSet.options.find(
    (candidate) =>
      candidate.value === number ||
      Object.values(candidate.label).some((label) => label !== undefined && normalize(label) === text),
  );
  return option?.value ?? null;
}

export function readCell(item: ScaleItem, cell: string, optionSets: readonly OptionSet[]): CellAnswer {
  const text = normalize(cell);
  if (text === '') return { status: 'blank' };
  const answer =
    item.kind === 'choice'
      ? choiceAnswer(
          text,
          optionSets.find((set) => set.id === item.optionSet),
        )
      : item.kind === 'yesNo'
        ? (yesNoWords.get(text) ?? null)
        : cell.trim().length <= item.maxLength
          ? cell.trim()
          : null;
  return answer === null ? { status: 'invalid' } : { status: 'answer', answer };
}
