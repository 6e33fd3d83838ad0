import type { Agenda, AgendaItem } from '../../../shared/schemas/session-lookups';
import type { Connection } from '../database/open-database';
import { endOfWeek } from './calendar';
import { plannedAppointments } from './lookup-repository';

/** The home screen's appointments on `today` (the backend's clock, in the computer's time zone). */
export function appointmentAgenda(connection: Connection, today: string): Agenda {
  const weekEnd = endOfWeek(today);
  const agenda: Agenda = { date: today, overdue: [], today: [], thisWeek: [] };
  for (const item of plannedAppointments(connection) satisfies AgendaItem[]) {
    if (item.date < today) agenda.overdue.push(item);
    else if (item.date === today) agenda.today.push(item);
    else if (item.date <= weekEnd) agenda.thisWeek.push(item);
  }
  return agenda;
}
