import { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { loadCases } from '../crisis/stored-cases';
import type { Act } from '../students/student-service';
import { levelBlockingPolicy } from './policy-in-use';
import { insertPolicyVersion, latestPolicyVersion } from './policy-repository';

/** The policy in force: the latest saved version, the shipped default until the school edits it. */
export function readCrisisPolicy(connection: Connection): CrisisPolicy {
  return CrisisPolicy.parse(JSON.parse(latestPolicyVersion(connection).policy));
}

/**
 * Saves the policy as its next version, unless a recorded case would no longer hold under it
 * (POLICY_IN_USE, naming the level). Saving the policy in force changes nothing.
 */
export function saveCrisisPolicy(connection: Connection, policy: CrisisPolicy, act: Act): CrisisPolicy {
  return connection.transaction(() => {
    const latest = latestPolicyVersion(connection);
    const next = JSON.stringify(policy);
    if (next === latest.policy) return policy;
    const current = CrisisPolicy.parse(JSON.parse(latest.policy));
    const blocking = levelBlockingPolicy(loadCases(connection, 'all'), current, policy);
    if (blocking !== null) {
      throw new BackendError('POLICY_IN_USE', 'A recorded crisis case would not hold under this policy.', {
        detail: blocking,
      });
    }
    const version = latest.version + 1;
    insertPolicyVersion(connection, { version, policy: next, ...act });
    appendAuditEvent(connection, {
      actorId: act.by,
      action: 'crisis-policy.save',
      entity: 'crisis-policy',
      entityId: String(version),
      at: act.at,
    });
    return readCrisisPolicy(connection);
  })();
}
