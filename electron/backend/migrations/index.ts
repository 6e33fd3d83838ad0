import type { Migration } from '../database/migration';
import { migration001 } from './001-profiles-settings-audit';
import { migration002 } from './002-students';
import { migration003 } from './003-session-notes';
import { migration004 } from './004-student-flags';
import { migration005 } from './005-scales';
import { migration006 } from './006-crisis-cases';
import { migration007 } from './007-crisis-support';

/** Every migration in order; the last one's version is the schema this build writes. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
];
