import type { CaseView, MoveOption } from '../../../../../shared/schemas/crisis-records';
import type { FieldPath } from './field-kit';

export interface FactFieldsProps {
  prefix: FieldPath;
  view: CaseView;
  /** In a correction every field may change, also what the move fixed (the level, the stage). */
  correcting: boolean;
  /** A review's form: whether signing off is allowed now. */
  signOff?: MoveOption | undefined;
}
