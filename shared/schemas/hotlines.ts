import { z } from 'zod';
import { Id, lineOfText } from './common';

/**
 * The hotlines a counselor needs at hand in a crisis (热线). Regions have their own numbers, so
 * they are data the school edits, with Tianjin's as the shipped default. Names, hours and notes
 * come in both UI languages; either name may be left empty, not both.
 */

export const hotlineTextLimits = { nameZh: 50, nameEn: 80, number: 30, hours: 60, note: 200 } as const;
export const maxHotlines = 20;

/**
 * As it is dialled: digits with spaces, hyphens, a leading + or an area code in parentheses.
 * Empty for a line the school still has to fill in (the shipped student hotline, whose number
 * the source does not give): the panel then asks for it instead of hiding the line.
 */
export const HotlineNumber = lineOfText(hotlineTextLimits.number)
  .regex(/^[0-9+\-() ]*$/, { message: 'digits, spaces and + - ( ) only' })
  .refine((number) => number === '' || /[0-9]/.test(number), { message: 'a number needs digits' });

const hotlineFields = {
  nameZh: lineOfText(hotlineTextLimits.nameZh),
  nameEn: lineOfText(hotlineTextLimits.nameEn),
  number: HotlineNumber,
  hoursZh: lineOfText(hotlineTextLimits.hours),
  hoursEn: lineOfText(hotlineTextLimits.hours),
  noteZh: lineOfText(hotlineTextLimits.note),
  noteEn: lineOfText(hotlineTextLimits.note),
  /** An inactive line stays in settings but is not shown in the panel or offered to plans. */
  active: z.boolean(),
};

const hasAName = (line: { nameZh: string; nameEn: string }) => line.nameZh !== '' || line.nameEn !== '';
const nameRequired = { message: 'a hotline needs a name', path: ['nameZh'] };

export const Hotline = z
  .strictObject({ id: Id, ...hotlineFields, sortOrder: z.number().int() })
  .refine(hasAName, nameRequired);
export type Hotline = z.infer<typeof Hotline>;

/** One line of the list being saved: `id` null for a line added now. */
export const HotlineEntry = z.strictObject({ id: Id.nullable(), ...hotlineFields }).refine(hasAName, nameRequired);
export type HotlineEntry = z.infer<typeof HotlineEntry>;

/** The whole list, in the order it is shown; lines left out are removed. */
export const SaveHotlinesInput = z.strictObject({
  hotlines: z
    .array(HotlineEntry)
    .max(maxHotlines)
    .refine(
      (lines) => {
        const ids = lines.flatMap((line) => (line.id === null ? [] : [line.id]));
        return new Set(ids).size === ids.length;
      },
      { message: 'each hotline once' },
    ),
});
export type SaveHotlinesInput = z.infer<typeof SaveHotlinesInput>;
