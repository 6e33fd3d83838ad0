import { useEffect, useState } from 'react';
import type { ConcernCategory, NoteTemplate } from '../../../shared/schemas/session-catalog';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';

export interface NoteCatalog {
  /** Retired ones too: they still name the notes that have them. */
  categories: ConcernCategory[];
  templates: NoteTemplate[];
}

/** The school's concern categories and note templates, read once per screen. */
export function useNoteCatalog(): { catalog: NoteCatalog | null; error: ClientError | null } {
  const [catalog, setCatalog] = useState<NoteCatalog | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  useEffect(() => {
    void Promise.all([
      api.call('sessions.listCategories', { includeRetired: true }),
      api.call('sessions.listTemplates', { includeRetired: false }),
    ]).then(([categories, templates]) => {
      if (!categories.ok) return setError(categories.error);
      if (!templates.ok) return setError(templates.error);
      setCatalog({ categories: categories.value, templates: templates.value });
    });
  }, []);
  return { catalog, error };
}
