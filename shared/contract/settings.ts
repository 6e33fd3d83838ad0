import { Empty } from '../schemas/common';
import { Settings, SettingsUpdate } from '../schemas/settings';
import type { ContractSection } from './section';

export const settingsContract = {
  'settings.get': { input: Empty, output: Settings },
  'settings.update': { input: SettingsUpdate, output: Settings },
} satisfies ContractSection;
