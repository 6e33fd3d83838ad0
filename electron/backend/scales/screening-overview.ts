import type { ScaleScoring } from '../../../shared/schemas/scale-scoring';
import type { ScreeningOverview } from '../../../shared/schemas/scales';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { findScreening, screenedResults } from './screening-repository';
import { isFlagged } from './screening-rows';
import { screeningSummary } from './screening-service';
import { requireStoredScale } from './stored-definitions';

type Group = ScreeningOverview['groups'][number];
type Flagged = ScreeningOverview['flagged'][number];

/**
 * A screening per grade and class (as the student files say now), read against the first score
 * of the scale it was scored with: how many, in which band, and who was flagged, the critical
 * ones first.
 */
export function screeningOverview(connection: Connection, screeningId: string): ScreeningOverview {
  const screening = findScreening(connection, screeningId);
  if (!screening) throw new BackendError('NOT_FOUND', 'No screening has this id.');
  const { definition } = requireStoredScale(connection, screening.scaleHash);
  const bands = (definition.scores[0]?.bands ?? []).map(({ id, label, concern }) => ({ id, label, concern }));

  const groups = new Map<string, Group>();
  const flagged: Flagged[] = [];
  for (const result of screenedResults(connection, screeningId)) {
    const key = `${result.grade ?? ''}/${result.classNumber ?? ''}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        grade: result.grade,
        classNumber: result.classNumber,
        screened: 0,
        byBand: Object.fromEntries(bands.map((band) => [band.id, 0])),
        unbanded: 0,
        flagged: 0,
      };
      groups.set(key, group);
    }
    const scoring = JSON.parse(result.scoring) as ScaleScoring;
    const first = scoring.scores[0];
    const bandId = first?.bandId ?? null;
    group.screened += 1;
    if (bandId !== null && Object.hasOwn(group.byBand, bandId)) group.byBand[bandId] = group.byBand[bandId]! + 1;
    else group.unbanded += 1;
    if (isFlagged(scoring, screening.flagConcern)) {
      group.flagged += 1;
      const { resultId, id, name, studentNumber, grade, classNumber } = result;
      flagged.push({
        student: { id, name, studentNumber, grade, classNumber },
        resultId,
        value: first?.value ?? null,
        bandId,
        concern: scoring.concern,
        critical: scoring.critical.length > 0,
      });
    }
  }
  // Results come in school order, so a stable sort keeps it within equal urgency.
  flagged.sort((a, b) => Number(b.critical) - Number(a.critical) || b.concern - a.concern);
  return { screening: screeningSummary(connection, screening), bands, groups: [...groups.values()], flagged };
}
