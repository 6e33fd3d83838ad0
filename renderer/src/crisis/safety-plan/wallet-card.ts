import type { PlanContact, SafetyPlanSections } from '../../../../shared/schemas/safety-plans';

/**
 * A wallet card holds what a student needs in the moment, on 85.6 × 54 mm panels: a few warning
 * signs, a few things to do, a few people and the hotlines. The printed plan keeps everything;
 * the card takes the first entries, as the student ordered them, and shortens long ones.
 */
export const walletCardLimits = { signs: 3, coping: 3, people: 3, lines: 3, characters: 36 } as const;

/** At most `max` characters (code points, so a Chinese character counts once), with … when cut. */
export function shortened(text: string, max: number): string {
  const characters = [...text];
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

export interface WalletCardContent {
  warningSigns: string[];
  copingStrategies: string[];
  people: PlanContact[];
  /** Professionals and hotlines that have a number to call. */
  lines: PlanContact[];
}

const first = (entries: readonly string[], count: number) =>
  entries.slice(0, count).map((entry) => shortened(entry, walletCardLimits.characters));

const contacts = (entries: readonly PlanContact[], count: number) =>
  entries.slice(0, count).map(({ name, phone }) => ({ name: shortened(name, walletCardLimits.characters), phone }));

export function walletCardContent(sections: SafetyPlanSections): WalletCardContent {
  return {
    warningSigns: first(sections.warningSigns, walletCardLimits.signs),
    copingStrategies: first(sections.copingStrategies, walletCardLimits.coping),
    people: contacts(sections.peopleToAsk, walletCardLimits.people),
    lines: contacts(
      sections.professionals.filter((professional) => professional.phone !== ''),
      walletCardLimits.lines,
    ),
  };
}
