import type { StudentFormValues } from './student-form-values';

/**
 * Changes typed into a student file and not saved yet, by file id ('new' for a file not yet
 * created). Leaving the file keeps them here, and opening it again brings them back.
 */
const kept = new Map<string, StudentFormValues>();

export const keptEditsKey = (studentId: string | null) => studentId ?? 'new';

export function keepEdits(key: string, values: StudentFormValues): void {
  kept.set(key, values);
}

export function keptEdits(key: string): StudentFormValues | undefined {
  return kept.get(key);
}

export function dropEdits(key: string): void {
  kept.delete(key);
}
