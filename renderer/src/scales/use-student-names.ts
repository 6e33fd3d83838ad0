import { useEffect, useState } from 'react';
import { api } from '../api/api';

/** Students' names by id, as they arrive (a result carries only the student's id). */
export function useStudentNames(studentIds: string[]): Map<string, string> {
  const [names, setNames] = useState(() => new Map<string, string>());
  const key = [...new Set(studentIds)].sort().join(',');
  useEffect(() => {
    for (const id of key.split(',').filter(Boolean)) {
      void api.call('students.get', { id }).then((result) => {
        if (result.ok) setNames((current) => new Map(current).set(id, result.value.name));
      });
    }
  }, [key]);
  return names;
}
