import { z } from 'zod';
import asq from '../../../resources/scales/asq.json';
import gad2 from '../../../resources/scales/gad-2.json';
import gad7 from '../../../resources/scales/gad-7.json';
import k10 from '../../../resources/scales/k10.json';
import k6 from '../../../resources/scales/k6.json';
import phq2 from '../../../resources/scales/phq-2.json';
import phq9 from '../../../resources/scales/phq-9.json';
import who5 from '../../../resources/scales/who-5.json';
import { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import { scaleContentHash } from './content-hash';

export interface BundledScale {
  definition: ScaleDefinition;
  /** scaleContentHash of the definition: what a stored result names as the version it was scored with. */
  hash: string;
}

function bundled(file: string, content: unknown): BundledScale {
  const parsed = ScaleDefinition.safeParse(content);
  // A shipped definition that does not parse is a build defect: stop at startup, never score with it.
  if (!parsed.success)
    throw new Error(`resources/scales/${file} is not a valid scale definition:\n${z.prettifyError(parsed.error)}`);
  return { definition: parsed.data, hash: scaleContentHash(parsed.data) };
}

/** The scales shipped with the app (docs/scale-format.md lists their rules), parsed once when the backend loads. */
export const bundledScales: readonly BundledScale[] = [
  bundled('phq-9.json', phq9),
  bundled('gad-7.json', gad7),
  bundled('phq-2.json', phq2),
  bundled('gad-2.json', gad2),
  bundled('asq.json', asq),
  bundled('who-5.json', who5),
  bundled('k6.json', k6),
  bundled('k10.json', k10),
];
