import type { Migration } from '../database/migration';

/**
 * The first schema: the database's identity, counselor profiles, settings and the audit trail.
 * Every row the app writes names its author (a counselor profile), so a second counselor with
 * a vault slot of their own fits without reshaping anything.
 */
export const migration001: Migration = {
  version: 1,
  description: 'database identity, counselor profiles, settings, audit trail',
  sql: `
    CREATE TABLE database_identity (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      database_id TEXT NOT NULL,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE counselors (
      id TEXT PRIMARY KEY,
      display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
      created_at TEXT NOT NULL,
      created_by TEXT REFERENCES counselors(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES counselors(id)
    ) STRICT;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL CHECK (json_valid(value)),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL REFERENCES counselors(id)
    ) STRICT;

    CREATE TABLE audit_events (
      id TEXT PRIMARY KEY,
      at TEXT NOT NULL,
      actor_id TEXT NOT NULL REFERENCES counselors(id),
      action TEXT NOT NULL,
      entity TEXT NOT NULL,
      entity_id TEXT
    ) STRICT;
    CREATE INDEX audit_events_at ON audit_events(at);

    CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
    CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
  `,
};
