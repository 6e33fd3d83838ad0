import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract';
import type { AppError } from '../../../shared/contract/error-codes';
import { type Backend, createBackend } from '../../../electron/backend/backend';
import { dataPaths } from '../../../electron/backend/data-folder';

export const passphrase = '春眠不觉晓-处处闻啼鸟';
export const schoolName = '天津市第一中学';

export class TestClock {
  constructor(public time = Date.parse('2026-09-01T08:00:00Z')) {}
  now = () => this.time;
  advance(milliseconds: number): void {
    this.time += milliseconds;
  }
}

export interface Fixture {
  folder: string;
  paths: ReturnType<typeof dataPaths>;
  clock: TestClock;
  backend: Backend;
  /** A fresh backend on the same folder, as after a restart of the app. */
  restart(): Backend;
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  fail<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<AppError>;
  cleanup(): void;
}

export function newFixture(): Fixture {
  const folder = mkdtempSync(join(tmpdir(), 'xinqing-it-'));
  const clock = new TestClock();
  const open = () => createBackend({ dataFolder: folder, clock });
  const fixture: Fixture = {
    folder,
    paths: dataPaths(folder),
    clock,
    backend: open(),
    restart() {
      fixture.backend.close();
      fixture.backend = open();
      return fixture.backend;
    },
    async call(channel, input) {
      const result = await fixture.backend.router.call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value as never;
    },
    async fail(channel, input) {
      const result = await fixture.backend.router.call(channel, input);
      if (result.ok) throw new Error(`${channel} was expected to fail`);
      return result.error;
    },
    cleanup() {
      fixture.backend.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
  return fixture;
}

export async function setUpVault(fixture: Fixture, language: 'zh-CN' | 'en' = 'zh-CN') {
  return fixture.call('vault.setup', { schoolName, counselorName: '李老师', passphrase, language });
}
