import type { Language } from '../../../shared/schemas/common';
import { defaultAutoLockMinutes, Settings, type SettingsUpdate } from '../../../shared/schemas/settings';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { findProfile, renameProfile } from '../profiles/profile-repository';
import { readSettingValues, writeSettingValue } from './settings-repository';

/** Where each school-wide setting is kept in the settings table. */
const settingKeys = {
  schoolName: 'school.name',
  schoolCode: 'school.code',
  language: 'ui.language',
  autoLockMinutes: 'lock.autoLockMinutes',
} as const;

export function writeInitialSettings(
  connection: Connection,
  initial: { schoolName: string; language: Language; at: string; by: string },
): void {
  const { at, by } = initial;
  writeSettingValue(connection, { key: settingKeys.schoolName, value: initial.schoolName, at, by });
  writeSettingValue(connection, { key: settingKeys.language, value: initial.language, at, by });
}

export function readSettings(connection: Connection, profileId: string): Settings {
  const values = readSettingValues(connection);
  return Settings.parse({
    schoolName: values.get(settingKeys.schoolName) ?? '',
    schoolCode: values.get(settingKeys.schoolCode) ?? '',
    counselorName: findProfile(connection, profileId)?.displayName ?? '',
    language: values.get(settingKeys.language) ?? 'zh-CN',
    autoLockMinutes: values.get(settingKeys.autoLockMinutes) ?? defaultAutoLockMinutes,
  });
}

/** Applies the changed fields in one transaction, each change audited, and returns the result. */
export function updateSettings(
  connection: Connection,
  change: { update: SettingsUpdate; profileId: string; at: string },
): Settings {
  const { update, profileId: by, at } = change;
  connection.transaction(() => {
    for (const field of ['schoolName', 'schoolCode', 'language', 'autoLockMinutes'] as const) {
      const value = update[field];
      if (value === undefined) continue;
      writeSettingValue(connection, { key: settingKeys[field], value, at, by });
      appendAuditEvent(connection, {
        actorId: by,
        action: 'settings.update',
        entity: 'setting',
        entityId: settingKeys[field],
        at,
      });
    }
    if (update.counselorName !== undefined) {
      renameProfile(connection, { id: by, displayName: update.counselorName, at, by });
      appendAuditEvent(connection, { actorId: by, action: 'profile.rename', entity: 'counselor', entityId: by, at });
    }
  })();
  return readSettings(connection, by);
}
