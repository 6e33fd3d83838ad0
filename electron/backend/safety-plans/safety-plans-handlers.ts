import { type Clock, isoNow } from '../clock';
import type { Handlers } from '../router';
import type { VaultService } from '../vault/vault-service';
import { draftPlan, openPlan, plansForStudent, savePlan } from './plan-service';

type SafetyPlanChannel = Extract<keyof Handlers, `safetyPlans.${string}`>;

export function safetyPlansHandlers(vault: VaultService, clock: Clock): Pick<Handlers, SafetyPlanChannel> {
  const session = () => {
    const { connection, profileId } = vault.requireSession();
    return { connection, profileId, act: { by: profileId, at: isoNow(clock) } };
  };
  return {
    'safetyPlans.new': ({ studentId }) => {
      const { connection, profileId } = session();
      return draftPlan(connection, studentId, profileId);
    },
    'safetyPlans.save': (input) => {
      const { connection, act } = session();
      return savePlan(connection, input, act);
    },
    'safetyPlans.get': (ref) => {
      const { connection, act } = session();
      return openPlan(connection, ref, act);
    },
    'safetyPlans.forStudent': ({ studentId }) => plansForStudent(session().connection, studentId),
  };
}
