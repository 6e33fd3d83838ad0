import type { Grade } from '../../../shared/schemas/students';
import type { Connection } from '../database/open-database';

export interface ClassTeacherCount {
  grade: Grade;
  classNumber: number;
  classTeacher: string;
  students: number;
}

/**
 * Each class of the active roster with each teacher its files name and how many do, in school
 * order; within a class, named teachers first, the most named first.
 */
export function activeClassTeachers(connection: Connection): ClassTeacherCount[] {
  return connection
    .prepare(
      `SELECT grade, class_number AS classNumber, class_teacher AS classTeacher, count(*) AS students
       FROM students WHERE status = 'active' AND class_number IS NOT NULL
       GROUP BY grade, class_number, class_teacher
       ORDER BY grade_rank, class_number, class_teacher = '', students DESC, class_teacher`,
    )
    .all() as ClassTeacherCount[];
}
