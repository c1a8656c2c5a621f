import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'url',
  'util',
  'stream',
  'events',
];
const noNode = nodeBuiltins.flatMap((name) => [
  name,
  `node:${name}`,
  `node:${name}/*`,
  `${name}/*`,
]);
const electronPaths = {
  name: 'electron',
  message: 'Only the Electron shell files may import electron.',
  allowTypeImports: true,
};
const restrict = (paths, patterns = []) => ['error', { paths, patterns }];

// The folders of the architecture. Every source file belongs to exactly one, and each one lists
// the folders it may import from (below); anything not listed is refused, so a new folder or a
// new dependency between folders is a decision written down here.
// First match wins, so the main and renderer folders come after their subfolders: what is left
// in them is the shell (main's index.ts, app-core.ts…) and the renderer's entry point.
const elements = [
  { type: 'shared-domain', pattern: 'shared/domain' },
  { type: 'shared-playbooks', pattern: 'shared/playbooks' },
  { type: 'shared-ipc', pattern: 'shared/ipc' },
  { type: 'main-core', pattern: 'electron/main/core' },
  { type: 'main-ipc', pattern: 'electron/main/ipc' },
  { type: 'main-storage', pattern: 'electron/main/storage' },
  { type: 'main-module', pattern: 'electron/main/modules/*', capture: ['domain'] },
  { type: 'main-hosts', pattern: 'electron/main/hosts' },
  { type: 'main-windows', pattern: 'electron/main/windows' },
  { type: 'main-tray', pattern: 'electron/main/tray' },
  { type: 'main-worker', pattern: 'electron/main/worker' },
  { type: 'preload', pattern: 'electron/preload' },
  { type: 'preview', pattern: 'electron/preview' },
  { type: 'launcher', pattern: 'electron/launcher' },
  { type: 'renderer-styles', pattern: 'renderer/styles' },
  { type: 'renderer-app', pattern: 'renderer/app' },
  { type: 'renderer-feature', pattern: 'renderer/features/*', capture: ['feature'] },
  { type: 'renderer-ui', pattern: 'renderer/ui' },
  { type: 'tests', pattern: 'tests' },
].map((element) => ({ ...element, partialMatch: false }));
// The files directly in electron/main (the shell: index.ts, app-core.ts…) and renderer/ (the
// entry point) are classified one by one, so that a new folder there is unknown until listed.
const files = [
  { category: 'main-shell', pattern: 'electron/main/*.ts' },
  { category: 'renderer-entry', pattern: 'renderer/*.tsx' },
];
const fileCategories = new Set(files.map((file) => file.category));
const selectorOf = (name) =>
  fileCategories.has(name) ? { file: { categories: name } } : { element: { type: name } };
const shared = ['shared-domain', 'shared-playbooks', 'shared-ipc'];
const mayImport = {
  'shared-domain': [],
  'shared-playbooks': ['shared-domain'],
  'shared-ipc': ['shared-domain'],
  'main-shell': [
    ...shared,
    'main-core',
    'main-ipc',
    'main-storage',
    'main-module',
    'main-hosts',
    'main-windows',
    'main-tray',
    'main-worker',
  ],
  'main-core': ['shared-domain', 'shared-ipc'],
  'main-ipc': ['main-core', 'shared-ipc'],
  'main-storage': ['main-core', 'shared-domain'],
  'main-module': [...shared, 'main-core', 'main-storage', 'main-hosts'],
  'main-hosts': ['main-core', 'main-windows', 'shared-domain', 'shared-ipc'],
  'main-windows': ['main-core', 'main-module', 'shared-domain'],
  'main-tray': ['main-module', 'shared-domain', 'shared-ipc'],
  // The read worker's thread runs modules' readers over its own connection.
  'main-worker': ['main-core', 'main-module', 'main-storage', 'shared-domain'],
  preload: ['shared-ipc', 'shared-domain'],
  preview: ['main-shell', 'main-core', 'main-ipc', 'main-hosts', 'shared-domain', 'shared-ipc'],
  launcher: [],
  'renderer-entry': ['renderer-app', 'renderer-styles'],
  'renderer-styles': [],
  'renderer-app': ['renderer-feature', 'renderer-ui', 'shared-domain', 'shared-ipc'],
  'renderer-feature': ['renderer-app', 'renderer-ui', ...shared],
  'renderer-ui': ['shared-domain'],
  tests: [...elements.map((element) => element.type), ...files.map((file) => file.category)],
};
const boundaryPolicies = Object.entries(mayImport).flatMap(([from, allowed]) =>
  [from, ...allowed].map((to) => ({ from: selectorOf(from), allow: { to: selectorOf(to) } })),
);

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.preview-data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
      ],
    },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['{shared,electron,renderer,tests}/**/*.{ts,tsx}'],
    plugins: { boundaries, 'import-x': importX },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.css'] } },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
      'boundaries/elements': elements,
      'boundaries/files': files,
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'disallow', policies: boundaryPolicies }],
      'boundaries/no-unknown-dependencies': 'error',
      'boundaries/no-unknown-files': 'error',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // Tool configs must default-export.
    files: ['*.config.ts', '*.config.js', 'electron/preview/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Process boundaries: the folder names the process.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [electronPaths, ...noNode.map((name) => ({ name, message: 'shared/ is pure: no Node.' }))],
        [
          {
            group: ['react', 'react-dom', 'zustand', '**/renderer/**', '**/electron/**'],
            message: 'shared/ depends on nothing but itself, zod and date-fns.',
          },
        ],
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        [
          { ...electronPaths, message: 'The renderer never imports electron.' },
          ...noNode.map((name) => ({ name, message: 'The renderer has no Node.' })),
        ],
        [{ group: ['**/electron/**'], message: 'The renderer reaches main only through the API.' }],
      ),
    },
  },
  {
    // Only stores and the store wiring touch zustand; components use the typed hooks.
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/app/stores.tsx'],
    rules: {
      'no-restricted-imports': restrict(
        [
          electronPaths,
          { name: 'zustand', message: 'Use the hooks from app/stores.tsx.' },
          ...noNode.map((name) => ({ name, message: 'The renderer has no Node.' })),
        ],
        [
          {
            group: ['zustand/*', '**/electron/**'],
            message: 'Components use the hooks from app/stores.tsx.',
          },
        ],
      ),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: [
      'electron/main/index.ts',
      'electron/main/security.ts',
      'electron/main/app-protocol.ts',
      'electron/main/windows/overlay-window.ts',
      'electron/preload/index.ts',
    ],
    rules: {
      'no-restricted-imports': restrict(
        [electronPaths],
        [{ group: ['**/renderer/**'], message: 'Main and preload never import the renderer.' }],
      ),
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [],
        [
          {
            group: [
              'zod',
              '**/shared/ipc/schemas',
              '**/shared/domain/*',
              '!**/shared/domain/*.d.ts',
            ],
            message: 'The sandboxed preload stays free of runtime dependencies.',
            allowTypeImports: true,
          },
        ],
      ),
    },
  },
  {
    files: ['electron/preview/bridge.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.vitest } },
    rules: {
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
