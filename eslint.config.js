import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import globals from 'globals';
import noFolderCycles from './eslint-rules/noFolderCycles.js';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'dist-cli',
      'storybook-static',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
      '**/*.tmp.*',
      '!.storybook',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'scripts/*.mjs', 'bin/*.mjs'] } },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Tests may assert what they know (non-null) and poke at broken input (any).
    files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  ...storybook.configs['flat/recommended'],
  {
    // Files small enough to read in one sitting (the brief): at most 300 lines, blank lines and comments
    // included. Style sheets are held to the same limit by tests/unit/lint/fileLength.test.ts.
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }] },
  },
  {
    // The design's folders (core/pathway, ui/state, worker, …) never import each other in a cycle.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: { rules: { 'no-folder-cycles': noFolderCycles } } },
    rules: {
      'local/no-folder-cycles': [
        'error',
        {
          root: 'src',
          // The command line's shared helpers (io, options, output, cohortInput, render) sit in src/cli
          // beside main.ts, which loads the commands: moving them to a folder of their own (e.g.
          // src/cli/common) would remove this exception.
          allow: [['src/cli/commands', 'src/cli']],
        },
      ],
    },
  },
  {
    // The UI knows the worker only through the client that starts it (its types and its pending
    // requests speak the worker's protocol too); analysis types come from the core.
    files: ['src/ui/**/*.{ts,tsx}'],
    ignores: [
      'src/ui/data/cohortClient.ts',
      'src/ui/data/cohortClientTypes.ts',
      'src/ui/data/pendingRequests.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/worker/**'],
              message:
                'src/ui imports nothing from src/worker but through src/ui/data/cohortClient.ts (and its types and pending requests); take analysis types from src/core/analysis.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core is plain TypeScript: no React, no DOM. It serves the browser, the worker and the CLI alike.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*', '@xyflow/*', '@xstate/react'],
              message: 'src/core must not depend on React.',
            },
            {
              group: ['d3-selection', 'd3-transition', 'd3-zoom', 'd3-drag'],
              message: 'src/core must not touch the DOM.',
            },
            {
              group: ['**/ui/**', '**/cli/**', '**/worker/**', 'node:*'],
              message: 'src/core is independent of the UI, CLI, worker and Node.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'HTMLElement',
        'fetch',
        'process',
      ],
    },
  },
);
