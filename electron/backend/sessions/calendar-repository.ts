import type { Connection } from '../database/open-database';

export interface CalendarEntry {
  key: number;
  studentId: string;
  day: string;
  startTime: string | null;
  appointmentDate: string | null;
  appointmentTime: string | null;
}

export function replaceCalendarEntry(connection: Connection, entry: CalendarEntry): void {
  connection
    .prepare(
      `INSERT INTO note_calendar (note_key, student_id, day, start_time, appointment_date, appointment_time)
       VALUES (@key, @studentId, @day, @startTime, @appointmentDate, @appointmentTime)
       ON CONFLICT (note_key) DO UPDATE SET day = excluded.day, start_time = excluded.start_time,
         appointment_date = excluded.appointment_date, appointment_time = excluded.appointment_time`,
    )
    .run(entry);
}

export function deleteCalendarEntry(connection: Connection, key: number): void {
  connection.prepare('DELETE FROM note_calendar WHERE note_key = ?').run(key);
}
