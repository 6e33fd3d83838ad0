import { z } from 'zod';
import { Language, lineOfText } from './common';

export const minAutoLockMinutes = 1;
export const maxAutoLockMinutes = 120;
export const defaultAutoLockMinutes = 10;

export const AutoLockMinutes = z.number().int().min(minAutoLockMinutes).max(maxAutoLockMinutes);

export const Settings = z.strictObject({
  schoolName: z.string(),
  /** The code the district assigned to the school; empty until the counselor enters it. */
  schoolCode: z.string(),
  counselorName: z.string(),
  language: Language,
  autoLockMinutes: AutoLockMinutes,
});
export type Settings = z.infer<typeof Settings>;

export const SettingsUpdate = z.strictObject({
  schoolName: lineOfText(100).min(1).optional(),
  schoolCode: lineOfText(32)
    .regex(/^[0-9A-Za-z-]*$/, { message: 'letters, digits and hyphens only' })
    .optional(),
  counselorName: lineOfText(50).min(1).optional(),
  language: Language.optional(),
  autoLockMinutes: AutoLockMinutes.optional(),
});
export type SettingsUpdate = z.infer<typeof SettingsUpdate>;
