import type { LocalizedText, ScaleDefinition } from '../../../../shared/schemas/scale-definition';
import { screeningFlagRule } from '../../../../shared/schemas/scales';

/** A level a screening may flag at: results reaching this concern are listed for follow-up. */
export interface FlagLevel {
  concern: number;
  label: LocalizedText;
}

/**
 * The levels to choose from: the bands of the scale's first score that carry a concern, lowest
 * first; a scale classified by rules alone (ASQ) offers its first outcome's rules instead. One
 * level per concern value, named after the first band that has it.
 */
export function flagLevels(definition: ScaleDefinition): FlagLevel[] {
  const bands = definition.scores[0]?.bands ?? [];
  const source = bands.some((band) => band.concern >= 1) ? bands : (definition.outcomes[0]?.rules ?? []);
  const levels: FlagLevel[] = [];
  for (const { concern, label } of source) {
    if (concern >= 1 && !levels.some((level) => level.concern === concern)) levels.push({ concern, label });
  }
  return levels.sort((a, b) => a.concern - b.concern);
}

/** The level a screening starts with: the usual one where the scale has it, else its lowest. */
export function defaultFlagConcern(levels: readonly FlagLevel[]): number {
  const usual = levels.find((level) => level.concern === screeningFlagRule.defaultConcern);
  return usual?.concern ?? levels[0]?.concern ?? screeningFlagRule.defaultConcern;
}
