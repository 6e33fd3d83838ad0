import { z } from 'zod';

/** Record ids are random UUIDs (v7 where the backend makes them), never student numbers. */
export const Id = z.uuid();
export type Id = z.infer<typeof Id>;

/** Points in time are ISO-8601 UTC text. */
export const IsoTime = z.iso.datetime();

export const Language = z.enum(['zh-CN', 'en']);
export type Language = z.infer<typeof Language>;

/** Single-line text a person types: trimmed, no control characters. */
export const lineOfText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, { message: 'control characters are not allowed' });

/** Text over several lines (remarks): line breaks and tabs allowed, other control characters not. */
export const blockOfText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .regex(/^[\P{Cc}\t\n\r]*$/u, { message: 'control characters are not allowed' });

/** A day, as `YYYY-MM-DD`, that exists in the calendar. */
export const IsoDate = z.iso.date();

export const Empty = z.strictObject({});
