import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { type CaseView, facts, openCase, recordAll } from './support/crisis-cases';
import { newStudent } from './support/roster-files';

describe('the crisis timeline at the database level', () => {
  let fixture: Fixture;
  let view: CaseView;
  /** Appends a follow-up row by hand, as the backend would with the next number. */
  let insert: (row: { seq: number; type?: string }) => unknown;
  beforeEach(async () => {
    fixture = newFixture();
    const counselor = (await setUpVault(fixture)).status.profile!.id;
    const studentId = (await fixture.call('students.create', newStudent())).id;
    view = await recordAll(fixture, await openCase(fixture, studentId), [
      facts.riskAssessment('2026-09-01'),
      facts.followUp('2026-09-02'),
    ]);
    insert = (row) =>
      database()
        .prepare(
          `INSERT INTO crisis_events (case_id, seq, id, type, body, recorded_at, recorded_by)
           VALUES (@caseId, @seq, @id, @type, @body, 't', @counselor)`,
        )
        .run({
          caseId: view.caseId,
          id: '0195f2a0-0000-7000-8000-0000000000e9',
          type: 'follow-up',
          body: JSON.stringify(facts.followUp('2026-09-03')),
          counselor,
          ...row,
        });
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const sql = (text: string) => () => database().prepare(text).run();

  it('refuses to update or delete an event', () => {
    expect(sql("UPDATE crisis_events SET body = json_set(body, '$.measures', '')")).toThrow(/append-only/);
    expect(sql("UPDATE crisis_events SET recorded_at = 'x' WHERE seq = 1")).toThrow(/append-only/);
    expect(sql('DELETE FROM crisis_events WHERE seq = 2')).toThrow(/append-only/);
    expect(sql('DELETE FROM crisis_events')).toThrow(/append-only/);
  });

  it('refuses to update or delete a case opening', () => {
    expect(sql("UPDATE crisis_cases SET opening = json_set(opening, '$.level', 'low')")).toThrow(/append-only/);
    expect(sql('UPDATE crisis_cases SET student_id = student_id')).toThrow(/append-only/);
    expect(sql('DELETE FROM crisis_cases')).toThrow(/append-only/);
  });

  it('numbers events 1, 2, 3… per case: no gap, no repeat, and the body says its type', () => {
    expect(() => insert({ seq: 4 })).toThrow(/follow each other/);
    expect(() => insert({ seq: 2 })).toThrow();
    expect(() => insert({ seq: 3, type: 'closure' })).toThrow(/CHECK/);
    insert({ seq: 3 });
    expect(database().prepare('SELECT seq FROM crisis_events ORDER BY seq').pluck().all()).toEqual([1, 2, 3]);
  });

  it('leaves the case as it was after every refused change', async () => {
    for (const change of ['UPDATE crisis_events SET type = type', 'DELETE FROM crisis_events WHERE seq = 1']) {
      expect(sql(change)).toThrow();
    }
    const after = await fixture.call('crisis.get', { caseId: view.caseId });
    expect(after.events).toEqual(view.events);
    expect(after.status).toEqual(view.status);
  });
});
