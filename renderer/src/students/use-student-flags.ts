import { useEffect, useState } from 'react';
import type { StudentFlag } from '../../../shared/schemas/students';
import { api } from '../api/api';
import { catalogLabel } from '../sessions/catalog-labels';

/** The school's special flags, retired ones too (they still name the files that have them); null until read. */
export function useStudentFlags(): StudentFlag[] | null {
  const [flags, setFlags] = useState<StudentFlag[] | null>(null);
  useEffect(() => {
    let current = true;
    void api.call('students.listFlags', { includeRetired: true }).then((result) => {
      if (current && result.ok) setFlags(result.value);
    });
    return () => {
      current = false;
    };
  }, []);
  return flags;
}

/** A flag's label in the UI language; the code itself for a flag the list does not have. */
export function flagLabel(flags: readonly StudentFlag[] | null, code: string, language: string): string {
  const flag = flags?.find((candidate) => candidate.code === code);
  return flag ? catalogLabel(flag, language) : code;
}
