import { describe, expect, test } from 'vitest';
import {
  firstOpenStep,
  hasAnswer,
  nextStep,
  previousStep,
  progressOf,
  unansweredCount,
} from '../../../renderer/src/scales/self-report/questionnaire-steps';
import type { ScaleAnswers } from '../../../shared/schemas/scale-definition';
import { answersOf, shipped } from '../scales/shipped-scales';

const phq9 = shipped('phq-9');
const asq = shipped('asq');
const item = (itemId: string) => ({ kind: 'item', itemId }) as const;
const end = { kind: 'end' } as const;

describe('where a self-report opens', () => {
  test('a new questionnaire opens at its first item', () => {
    expect(firstOpenStep(phq9, {})).toEqual(item('1'));
  });

  test('a resumed one opens at the first item still to answer, skipped ones included', () => {
    expect(firstOpenStep(phq9, answersOf([0, 0, 0]))).toEqual(item('4'));
    expect(firstOpenStep(phq9, answersOf([0, undefined, 1]))).toEqual(item('2'));
  });

  test('with every asked item answered it opens at the last page', () => {
    expect(firstOpenStep(phq9, answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0]))).toEqual(end);
    // Any answer above 0 asks PHQ-9 item 10 as well.
    expect(firstOpenStep(phq9, answersOf([0, 0, 0, 0, 0, 0, 0, 0, 1]))).toEqual(item('10'));
  });

  test('blank text is no answer, zero is', () => {
    expect(hasAnswer(undefined)).toBe(false);
    expect(hasAnswer('  ')).toBe(false);
    expect(hasAnswer('yes')).toBe(true);
    expect(hasAnswer(0)).toBe(true);
  });
});

describe('moving through the items', () => {
  test('next and back follow the definition, and the last item leads to the last page', () => {
    expect(nextStep(phq9, {}, '1')).toEqual(item('2'));
    expect(nextStep(phq9, answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0]), '9')).toEqual(end);
    expect(previousStep(phq9, {}, item('2'))).toEqual(item('1'));
    expect(previousStep(phq9, {}, item('1'))).toBeNull();
    expect(previousStep(phq9, answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0]), end)).toEqual(item('9'));
  });

  test('a conditional item is asked only once the answers call for it (ASQ item 5)', () => {
    const allNo: ScaleAnswers = { 1: 'no', 2: 'no', 3: 'no', 4: 'no' };
    expect(nextStep(asq, allNo, '4')).toEqual(end);
    expect(nextStep(asq, { ...allNo, 2: 'refused' }, '4')).toEqual(item('5'));
    expect(previousStep(asq, { ...allNo, 2: 'yes' }, end)).toEqual(item('5'));
    expect(previousStep(asq, allNo, end)).toEqual(item('4'));
  });

  test('from an item that stopped applying, next still goes forward', () => {
    const allNo: ScaleAnswers = { 1: 'no', 2: 'no', 3: 'no', 4: 'no' };
    expect(nextStep(asq, allNo, '5')).toEqual(end);
  });
});

describe('the progress line', () => {
  test('counts the items asked, so a conditional item joins the count when it applies', () => {
    expect(progressOf(phq9, answersOf([0, 0]), item('3'))).toEqual({ number: 3, count: 9 });
    expect(progressOf(phq9, answersOf([0, 1]), item('3'))).toEqual({ number: 3, count: 10 });
    expect(progressOf(asq, { 1: 'no' }, item('2'))).toEqual({ number: 2, count: 4 });
    expect(progressOf(asq, { 1: 'yes' }, end)).toEqual({ number: 5, count: 5 });
  });

  test('the last page names the items left without an answer', () => {
    expect(unansweredCount(phq9, answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe(0);
    expect(unansweredCount(phq9, answersOf([0, undefined, 0, 0, 0, 0, 0, 0, 0]))).toBe(1);
    expect(unansweredCount(asq, { 1: 'yes', 2: 'no', 3: 'no', 4: 'no' })).toBe(1);
  });
});
