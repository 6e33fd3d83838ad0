// Lint, and the import rules of docs/architecture.md: a layer importing what it must not
// fails `npm run lint`. The per-folder tsconfig files (lib/types) back this up at type-check.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

const restrict = (patterns, paths = []) => ({
  'no-restricted-imports': ['error', { paths, patterns }],
});

const outsideShared = {
  group: ['**/electron/**', '**/renderer/**', '**/test/**', '**/resources/**'],
  message: 'shared/ is pure: it imports only zod and itself.',
};
const noRenderer = { group: ['**/renderer/**'], message: 'Node code never imports the renderer.' };
const noHosts = {
  group: ['**/main/**', '**/preload/**', '**/browser-host/**', '**/district-tool/**'],
  message: 'The backend knows no host.',
};
const noElectronTree = {
  group: ['**/electron/**'],
  message: 'The renderer talks to the backend only through the typed client.',
};
const nodeModules = nodeBuiltins.map((name) => ({ name, message: 'No Node modules here.' }));

export default tseslint.config(
  { ignores: ['build/', 'build-*/', 'dist/', 'node_modules/', 'coverage/', '.cache/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: restrict(
      [outsideShared, { regex: '^(?!zod$|\\.).*', message: 'shared/ imports only zod and itself.' }],
      [...nodeModules, { name: 'electron', message: 'shared/ is pure.' }],
    ),
  },
  {
    files: ['electron/backend/**/*.ts'],
    rules: restrict(
      [noRenderer, noHosts],
      [{ name: 'electron', message: 'The backend is plain Node: no electron import.' }],
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict([
      noRenderer,
      {
        group: ['**/preload/**', '**/browser-host/**'],
        message: 'A host imports only its own folder, shared and the backend entry.',
      },
      {
        group: ['**/backend/**', '!**/backend/backend', '!**/backend/router', '!**/backend/data-folder'],
        message: 'A host uses only the backend entry (backend, router, data-folder).',
      },
    ]),
  },
  {
    files: ['electron/browser-host/**/*.ts'],
    rules: restrict(
      [
        noRenderer,
        {
          group: ['**/main/**', '**/preload/**'],
          message: 'A host imports only its own folder, shared and the backend entry.',
        },
        {
          group: ['**/backend/**', '!**/backend/backend', '!**/backend/router', '!**/backend/data-folder'],
          message: 'A host uses only the backend entry (backend, router, data-folder).',
        },
      ],
      [{ name: 'electron', message: 'The browser host runs without Electron.' }],
    ),
  },
  {
    // The district's signing tool shares the pack code with the app, and nothing else of it.
    files: ['electron/district-tool/**/*.ts'],
    rules: restrict(
      [
        noRenderer,
        {
          group: ['**/main/**', '**/preload/**', '**/browser-host/**'],
          message: 'The district tool imports only its own folder, shared and the backend scales.',
        },
        {
          regex: '/backend/(?!scales/[^/]+$)',
          message: 'The district tool uses only the backend scales code.',
        },
      ],
      [{ name: 'electron', message: 'The district tool runs without Electron.' }],
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict([
      {
        regex: '^(?!electron$|\\.).*',
        message: 'The preload imports only electron, its own folder and the channel names.',
      },
      {
        group: ['**/backend/**', '**/main/**', '**/browser-host/**', '**/renderer/**'],
        message: 'The preload exposes channel names only: no backend.',
      },
      {
        regex: '/shared/(?!contract/channel-names$)',
        message: 'The preload exposes channel names only: no zod, no schemas.',
      },
    ]),
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict(
        [noElectronTree],
        [...nodeModules, { name: 'electron', message: 'The renderer has no Electron access.' }],
      ),
    },
  },
);
