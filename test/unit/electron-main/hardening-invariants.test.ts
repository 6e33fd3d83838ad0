import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repository = fileURLToPath(new URL('../../../', import.meta.url));
const hostFolders = ['electron/main', 'electron/preload'];

function sources(): Array<[string, string]> {
  return hostFolders.flatMap((folder) =>
    readdirSync(path.join(repository, folder))
      .filter((name) => name.endsWith('.ts'))
      .map((name): [string, string] => [
        `${folder}/${name}`,
        readFileSync(path.join(repository, folder, name), 'utf8'),
      ]),
  );
}

/** Code, not comments: the rules below are about calls, and comments explain why they are absent. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('Electron host invariants', () => {
  it.each(sources())(
    '%s never starts the crash reporter, opens external URLs or weakens the sandbox',
    (_file, text) => {
      const code = withoutComments(text);
      expect(code).not.toMatch(/crashReporter/);
      expect(code).not.toMatch(/openExternal|openPath|\bshell\b/);
      expect(code).not.toMatch(/bypassCSP\s*:\s*true/);
      expect(code).not.toMatch(/enableBlinkFeatures/);
      expect(code).not.toMatch(/allowRunningInsecureContent\s*:\s*true/);
      expect(code).not.toMatch(/(nodeIntegration\w*|webviewTag|experimentalFeatures)\s*:\s*true/);
      expect(code).not.toMatch(/(contextIsolation|sandbox|webSecurity)\s*:\s*false/);
      expect(code).not.toMatch(/file:\/\//);
    },
  );

  it('the preload imports nothing but electron, its own folder and the channel names', () => {
    for (const [file, text] of sources().filter(([name]) => name.startsWith('electron/preload'))) {
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((match) => match[1]);
      for (const specifier of imports) {
        expect(
          specifier === 'electron' ||
            specifier === '../../shared/contract/channel-names' ||
            /^\.\/[\w-]+$/.test(specifier ?? ''),
          `${file} imports ${specifier}`,
        ).toBe(true);
      }
    }
  });
});
