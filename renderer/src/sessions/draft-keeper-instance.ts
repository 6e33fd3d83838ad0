import { api } from '../api/api';
import { DraftKeeper } from './draft-keeper';

/** The app's one keeper, beside its one client. */
export const draftKeeper = new DraftKeeper((noteId, revision, content, keepalive) =>
  api.call('sessions.saveDraft', { noteId, revision, content }, { keepalive }),
);
