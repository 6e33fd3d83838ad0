import type { ConcernCategory } from '../../../shared/schemas/session-catalog';
import { api } from '../api/api';
import type { ClientResult } from '../api/client-result';

type Entry = ConcernCategory;
interface Labels {
  labelZh: string;
  labelEn: string;
}
type Change = { code: string } & Partial<Labels & { active: boolean; sortOrder: number }>;

/**
 * A school-editable list of labelled codes, retired and never deleted: concern categories and
 * student flags are edited the same way, each through its own channels.
 */
export interface LabelledList {
  /** Where its texts live in the translations. */
  texts: 'catalog.categories' | 'catalog.flags';
  testId: string;
  load: () => Promise<ClientResult<Entry[]>>;
  add: (labels: Labels) => Promise<ClientResult<Entry>>;
  update: (change: Change) => Promise<ClientResult<Entry>>;
}

/** 问题类别: the concern categories notes offer. */
export const categoryList: LabelledList = {
  texts: 'catalog.categories',
  testId: 'categories-card',
  load: () => api.call('sessions.listCategories', { includeRetired: true }),
  add: (labels) => api.call('sessions.addCategory', labels),
  update: (change) => api.call('sessions.updateCategory', change),
};

/** 特殊情况标记: the special flags a student file can have. */
export const flagList: LabelledList = {
  texts: 'catalog.flags',
  testId: 'flags-card',
  load: () => api.call('students.listFlags', { includeRetired: true }),
  add: (labels) => api.call('students.addFlag', labels),
  update: (change) => api.call('students.updateFlag', change),
};
