import type { z } from 'zod';

export interface ChannelSchema {
  input: z.ZodType;
  output: z.ZodType;
}

export type ContractSection = Record<string, ChannelSchema>;
