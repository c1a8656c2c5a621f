import js from '@eslint/js';
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
