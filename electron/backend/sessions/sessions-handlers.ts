import { type Clock, isoNow } from '../clock';
import type { Handlers } from '../router';
import type { VaultService } from '../vault/vault-service';
import { appointmentAgenda } from './agenda-service';
import { localDate } from './calendar';
import { listLabelled, listTemplates } from './catalog-repository';
import { addLabelled, addTemplate, updateLabelled, updateTemplate } from './catalog-service';
import { createDraft, discardDraft, openDraft, saveDraft } from './draft-service';
import { listDrafts } from './note-repository';
import { searchNoteText } from './search-service';
import { amendNote, finalizeNote, noteHistory, openNote } from './signing-service';
import { studentTimeline } from './timeline-service';

type SessionChannel = Extract<keyof Handlers, `sessions.${string}`>;

export function sessionsHandlers(vault: VaultService, clock: Clock): Pick<Handlers, SessionChannel> {
  const session = () => {
    const { connection, profileId } = vault.requireSession();
    return { connection, act: { by: profileId, at: isoNow(clock) } };
  };
  const connection = () => vault.requireSession().connection;
  return {
    'sessions.createDraft': (input) => {
      const { connection, act } = session();
      return createDraft(connection, input, { ...act, today: localDate(clock.now()) });
    },
    'sessions.saveDraft': (input) => {
      const { connection, act } = session();
      return saveDraft(connection, input, act);
    },
    'sessions.getDraft': ({ noteId }) => {
      const { connection, act } = session();
      return openDraft(connection, noteId, act);
    },
    'sessions.listDrafts': () => listDrafts(connection()),
    'sessions.discardDraft': (input) => {
      const { connection, act } = session();
      discardDraft(connection, input, act);
      return {};
    },
    'sessions.finalize': (input) => {
      const { connection, act } = session();
      return finalizeNote(connection, input, act);
    },
    'sessions.amend': (input) => {
      const { connection, act } = session();
      return amendNote(connection, input, act);
    },
    'sessions.get': ({ noteId }) => {
      const { connection, act } = session();
      return openNote(connection, noteId, act);
    },
    'sessions.history': ({ noteId }) => {
      const { connection, act } = session();
      return noteHistory(connection, noteId, act);
    },
    'sessions.search': (input) => searchNoteText(connection(), input),
    'sessions.timeline': (input) => studentTimeline(connection(), input),
    'sessions.agenda': () => appointmentAgenda(connection(), localDate(clock.now())),
    'sessions.listTemplates': ({ includeRetired }) => listTemplates(connection(), includeRetired),
    'sessions.addTemplate': (input) => {
      const { connection, act } = session();
      return addTemplate(connection, input, act);
    },
    'sessions.updateTemplate': (input) => {
      const { connection, act } = session();
      return updateTemplate(connection, input, act);
    },
    'sessions.listCategories': ({ includeRetired }) => listLabelled(connection(), 'concern_categories', includeRetired),
    'sessions.addCategory': (input) => {
      const { connection, act } = session();
      return addLabelled(connection, 'categories', input, act);
    },
    'sessions.updateCategory': (input) => {
      const { connection, act } = session();
      return updateLabelled(connection, 'categories', input, act);
    },
  };
}
