import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const exampleSource = join(root, 'resources', 'district-pack-example.json');

/** The real district tool, bundled as `npm run district-tool` bundles it, run in its own process. */
describe('the district tool', () => {
  let folder: string;
  let cli: string;
  const run = (...args: string[]) => {
    const result = spawnSync(process.execPath, [cli, ...args], { cwd: folder, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const publicKey = () => join(folder, 'keys', 'district-public-key.json');
  const privateKey = () => join(folder, 'keys', 'district-private-key.pem');

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'xinqing-district-tool-'));
    cli = join(folder, 'cli.cjs');
    await build({
      entryPoints: ['electron/district-tool/cli.ts'],
      outfile: cli,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      logLevel: 'warning',
      absWorkingDir: root,
    });
    expect(run('keygen', '--district', '和平区心理健康教育中心', '--out', 'keys').code).toBe(0);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('creates a key pair, the private key readable by its owner only', () => {
    if (process.platform !== 'win32') expect(statSync(privateKey()).mode & 0o777).toBe(0o600);
    expect(readFileSync(privateKey(), 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(JSON.parse(readFileSync(publicKey(), 'utf8'))).toMatchObject({
      format: 'xinqing-district-key',
      formatVersion: 1,
      district: '和平区心理健康教育中心',
    });
  });

  it('prints the fingerprint the school will be shown', () => {
    const result = run('fingerprint', '--key', publicKey());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Fingerprint: ([0-9A-F]{4} ){15}[0-9A-F]{4}\n/);
  });

  it('never overwrites a key', () => {
    const before = readFileSync(privateKey());
    const result = run('keygen', '--district', '另一个区', '--out', 'keys');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already exists/);
    expect(readFileSync(privateKey())).toEqual(before);
  });

  it('signs the example pack source, and the pack verifies', () => {
    const signed = run('sign', '--key', privateKey(), '--in', exampleSource, '--out', 'example.xqpack');
    expect(signed.stderr).toBe('');
    expect(signed.code).toBe(0);
    expect(signed.stdout).toMatch(/phq-9 1\.0\.0 \(shipped\)/);
    expect(signed.stdout).toMatch(/gad-7 1\.0\.0 \(shipped, bands overridden\)/);
    const verified = run('verify', '--key', publicKey(), '--pack', 'example.xqpack');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/The pack verifies with the key of 和平区心理健康教育中心/);
  });

  it('refuses a tampered pack with a non-zero exit', () => {
    expect(run('sign', '--key', privateKey(), '--in', exampleSource, '--out', 'original.xqpack').code).toBe(0);
    const pack = JSON.parse(readFileSync(join(folder, 'original.xqpack'), 'utf8')) as { payload: string };
    const payload = Buffer.from(pack.payload, 'base64').toString('utf8').replace('"sequence":1', '"sequence":9');
    writeFileSync(
      join(folder, 'tampered.xqpack'),
      JSON.stringify({ ...pack, payload: Buffer.from(payload).toString('base64') }),
    );
    const result = run('verify', '--key', publicKey(), '--pack', 'tampered.xqpack');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Refused \(badSignature\)/);
  });

  it('writes no pack when the source fails the app’s checks', () => {
    const source = JSON.parse(readFileSync(exampleSource, 'utf8')) as {
      approved: { hash: string }[];
    };
    source.approved[0]!.hash = 'f'.repeat(64);
    writeFileSync(join(folder, 'unknown.json'), JSON.stringify(source));
    const result = run('sign', '--key', privateKey(), '--in', 'unknown.json', '--out', 'unknown.xqpack');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^Refused \(unknownApproval\)[\s\S]*No pack was written/);
    expect(() => statSync(join(folder, 'unknown.xqpack'))).toThrow();
  });

  it('explains wrong usage with exit code 2', () => {
    expect(run('--help').stdout).toMatch(/^Xinqing district tool/);
    expect(run('sign', '--key', privateKey()).stderr).toMatch(/sign needs --in, --out/);
    expect(run('sign', '--key', privateKey()).code).toBe(2);
    expect(run('verify', '--bogus').code).toBe(2);
    expect(run('unpack').code).toBe(2);
  });
});
