import { z } from 'zod';
import { Id, IsoTime, lineOfText } from './common';

/**
 * The school-editable lists a note draws on: concern categories and note templates. Codes are
 * stable identifiers that notes store; labels are what people read, in both UI languages.
 */
export const CatalogCode = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,39}$/, { message: 'lowercase letters, digits and hyphens, from a letter' });
export type CatalogCode = z.infer<typeof CatalogCode>;

export const catalogLabelLimits = { zh: 50, en: 80 } as const;
const LabelZh = lineOfText(catalogLabelLimits.zh).min(1);
const LabelEn = lineOfText(catalogLabelLimits.en).min(1);
/** Lists are shown by ascending sort order. */
export const maxSortOrder = 10_000;
const SortOrder = z.number().int().min(0).max(maxSortOrder);

export const ConcernCategory = z.strictObject({
  code: CatalogCode,
  labelZh: z.string(),
  labelEn: z.string(),
  /** A retired category is offered for no new note but still names the notes that have it. */
  active: z.boolean(),
  sortOrder: z.number().int(),
});
export type ConcernCategory = z.infer<typeof ConcernCategory>;

export const ListCatalogInput = z.strictObject({ includeRetired: z.boolean().default(false) });

export const NewCategory = z.strictObject({ labelZh: LabelZh, labelEn: LabelEn });

export const CategoryUpdate = z.strictObject({
  code: CatalogCode,
  labelZh: LabelZh.optional(),
  labelEn: LabelEn.optional(),
  active: z.boolean().optional(),
  sortOrder: SortOrder.optional(),
});

export const maxTemplateSections = 20;

export const TemplateSection = z.strictObject({ key: CatalogCode, labelZh: LabelZh, labelEn: LabelEn });
export type TemplateSection = z.infer<typeof TemplateSection>;

export const TemplateSections = z
  .array(TemplateSection)
  .min(1)
  .max(maxTemplateSections)
  .refine((sections) => new Set(sections.map((section) => section.key)).size === sections.length, {
    message: 'each section key once',
  });

/** Which version of which template a note was written in: a version never changes. */
export const TemplateRef = z.strictObject({ key: CatalogCode, version: z.number().int().min(1) });
export type TemplateRef = z.infer<typeof TemplateRef>;

/**
 * One version of a template. Editing a template adds a version, so a note keeps the section
 * labels it was written and signed with.
 */
export const NoteTemplate = z.strictObject({
  key: CatalogCode,
  version: z.number().int().min(1),
  labelZh: z.string(),
  labelEn: z.string(),
  sections: z.array(TemplateSection),
  active: z.boolean(),
  sortOrder: z.number().int(),
  createdAt: IsoTime,
  /** Null for the templates shipped with the app. */
  createdBy: Id.nullable(),
});
export type NoteTemplate = z.infer<typeof NoteTemplate>;

export const NewTemplate = z.strictObject({ labelZh: LabelZh, labelEn: LabelEn, sections: TemplateSections });

export const TemplateUpdate = z.strictObject({
  key: CatalogCode,
  labelZh: LabelZh.optional(),
  labelEn: LabelEn.optional(),
  sections: TemplateSections.optional(),
  active: z.boolean().optional(),
  sortOrder: SortOrder.optional(),
});
