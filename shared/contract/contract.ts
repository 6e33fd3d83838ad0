import type { z } from 'zod';
import type { ChannelName } from './channel-names';
import { crisisContract } from './crisis';
import { crisisSupportContract } from './crisis-support';
import { scalesContract } from './scales';
import { sessionsContract } from './sessions';
import { settingsContract } from './settings';
import { studentsContract } from './students';
import { vaultContract } from './vault';

/** The one table of every call between renderer and backend. Nothing else crosses. */
export const contract = {
  ...vaultContract,
  ...settingsContract,
  ...studentsContract,
  ...sessionsContract,
  ...scalesContract,
  ...crisisSupportContract,
  ...crisisContract,
};

export type Contract = typeof contract;

type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/** Fails to compile when channel-names.ts and the table disagree. */
export const channelListMatchesTable: Exact<keyof Contract, ChannelName> = true;

export type ChannelInput<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Contract[C]['output']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
