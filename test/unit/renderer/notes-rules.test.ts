import { describe, expect, test } from 'vitest';
import type { NoteContent } from '../../../shared/schemas/sessions';
import { cssString } from '../../../renderer/src/print/css-string';
import { highlightParts } from '../../../renderer/src/search/highlight';
import { missingForSigning } from '../../../renderer/src/sessions/note-missing';

describe('highlightParts', () => {
  test('marks the ranges and keeps every character exactly once', () => {
    const text = '最近总是焦虑，晚上失眠。';
    const parts = highlightParts(text, [
      { start: 9, end: 11 },
      { start: 4, end: 6 },
    ]);
    expect(parts).toEqual([
      { text: '最近总是', marked: false },
      { text: '焦虑', marked: true },
      { text: '，晚上', marked: false },
      { text: '失眠', marked: true },
      { text: '。', marked: false },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe(text);
  });

  test('overlapping or out-of-range ranges neither repeat nor lose text', () => {
    const parts = highlightParts('abcdef', [
      { start: 1, end: 4 },
      { start: 2, end: 5 },
      { start: 9, end: 12 },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe('abcdef');
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['bcd', 'e']);
  });
});

describe('missingForSigning', () => {
  const empty: NoteContent = {
    template: { key: 'school-form', version: 1 },
    date: '2026-09-01',
    startTime: null,
    endTime: null,
    place: '',
    kind: null,
    mode: null,
    referralRoute: null,
    categories: [],
    sections: {},
    risk: null,
    plan: '',
    informClassTeacher: false,
    informParents: false,
    refer: false,
    nextAppointment: null,
  };

  test('names everything a fresh draft lacks, in the order of the paper form', () => {
    expect(missingForSigning(empty)).toEqual(['startTime', 'endTime', 'kind', 'mode', 'categories', 'risk']);
  });

  test('an individual session needs the route; times must run forward; the appointment comes later', () => {
    const content: NoteContent = {
      ...empty,
      startTime: '10:00',
      endTime: '09:00',
      kind: 'individual',
      mode: 'in-person',
      categories: ['study'],
      risk: 'none',
      nextAppointment: { date: '2026-08-30', time: null, note: '' },
    };
    expect(missingForSigning(content)).toEqual(['endBeforeStart', 'referralRoute', 'appointmentBeforeSession']);
    expect(
      missingForSigning({
        ...content,
        endTime: '10:45',
        referralRoute: 'self',
        nextAppointment: { date: '2026-09-08', time: '10:00', note: '' },
      }),
    ).toEqual([]);
  });
});

describe('cssString', () => {
  test('quotes text so that no school name can end the rule it is printed in', () => {
    expect(cssString('天津市第一中学')).toBe('"天津市第一中学"');
    expect(cssString('a"b\\c\nd')).toBe('"a\\"b\\\\c d"');
  });
});
