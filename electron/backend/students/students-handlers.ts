import { type Clock, isoNow } from '../clock';
import type { Handlers } from '../router';
import { listLabelled } from '../sessions/catalog-repository';
import { addLabelled, updateLabelled } from '../sessions/catalog-service';
import type { VaultService } from '../vault/vault-service';
import { commitRoster, loadRoster, previewRoster } from './import-service';
import { promoteSchoolYear } from './promotion-service';
import { addStudent, changeStudentStatus, listStudents, openStudent, updateStudent } from './student-service';

type StudentChannel =
  | 'students.create'
  | 'students.update'
  | 'students.get'
  | 'students.list'
  | 'students.archive'
  | 'students.restore'
  | 'students.promoteSchoolYear'
  | 'students.previewImport'
  | 'students.commitImport'
  | 'students.listFlags'
  | 'students.addFlag'
  | 'students.updateFlag';

export function studentsHandlers(vault: VaultService, clock: Clock): Pick<Handlers, StudentChannel> {
  const session = () => {
    const { connection, profileId } = vault.requireSession();
    return { connection, act: { by: profileId, at: isoNow(clock) } };
  };
  return {
    'students.create': (fields) => {
      const { connection, act } = session();
      return addStudent(connection, fields, { ...act, action: 'students.create' });
    },
    'students.update': (update) => {
      const { connection, act } = session();
      return updateStudent(connection, update, act);
    },
    'students.get': ({ id }) => {
      const { connection, act } = session();
      return openStudent(connection, id, act);
    },
    'students.list': (query) => listStudents(session().connection, query),
    'students.archive': ({ id }) => {
      const { connection, act } = session();
      return changeStudentStatus(connection, { id, action: 'archive' }, act);
    },
    'students.restore': ({ id }) => {
      const { connection, act } = session();
      return changeStudentStatus(connection, { id, action: 'restore' }, act);
    },
    'students.promoteSchoolYear': ({ schoolYear }) => {
      const { connection, act } = session();
      return promoteSchoolYear(connection, schoolYear, act);
    },
    // Reading a workbook is asynchronous: the session is checked before, and taken afresh after,
    // so a vault locked in between gives VAULT_LOCKED rather than a closed connection.
    'students.previewImport': async ({ mapping, ...file }) => {
      vault.requireSession();
      const roster = await loadRoster(file);
      return previewRoster(session().connection, roster, mapping);
    },
    'students.commitImport': async ({ mapping, ...file }) => {
      vault.requireSession();
      const roster = await loadRoster(file);
      const { connection, act } = session();
      return commitRoster(connection, roster, mapping, act);
    },
    'students.listFlags': ({ includeRetired }) => listLabelled(session().connection, 'student_flags', includeRetired),
    'students.addFlag': (input) => {
      const { connection, act } = session();
      return addLabelled(connection, 'flags', input, act);
    },
    'students.updateFlag': (input) => {
      const { connection, act } = session();
      return updateLabelled(connection, 'flags', input, act);
    },
  };
}
