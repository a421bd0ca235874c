import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Import direction. Pure modules (the matching library, the policy engine, workflow analysis, the plan, the
// inventory model and the report renderers) take plain data in and give plain data out: they import no I/O,
// no SDK and no adapter. The emulators are independent oracles: they import nothing of the product's matching,
// workflow or policy code (types from src/inventory or src/report only where unavoidable).
const ADAPTERS = [
  '**/graph/**',
  '**/auth/**',
  '**/http/**',
  '**/cli/**',
  '**/action/**',
  '**/engine/**',
  '**/github/**',
  '**/snapshot/**',
];
const IO_AND_SDKS = [
  'node:fs',
  'node:fs/promises',
  'node:http',
  'node:https',
  'node:net',
  'node:os',
  'node:child_process',
  'fs',
  'fs/promises',
  'http',
  'https',
  'child_process',
];
const SDK_PATTERNS = ['@actions/*', '@azure/*', '@microsoft/*', '@octokit/*'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    files: [
      'src/matching/**/*.ts',
      'src/policy/**/*.ts',
      'src/workflows/**/*.ts',
      'src/plan/**/*.ts',
      'src/inventory/**/*.ts',
      'src/report/**/*.ts',
    ],
    // The edges of those folders: the policy file and the workflow files are read here, annotations are printed.
    ignores: ['src/policy/file.ts', 'src/workflows/read.ts', 'src/report/annotations.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: IO_AND_SDKS.map((name) => ({
            name,
            message: 'Pure modules do no I/O: take the data as an argument.',
          })),
          patterns: [
            { group: SDK_PATTERNS, message: 'Pure modules use no SDK: an adapter turns SDK types into plain data.' },
            {
              group: ADAPTERS,
              message: 'Pure modules do not import adapters (graph, auth, http, cli, action, engine…).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/src/matching/**', '**/src/workflows/**', '**/src/policy/**'],
              message:
                "The emulators are independent oracles: they implement the services' documented behaviour (emulator/FACTS.md), never the product's matching, workflow or policy code.",
            },
          ],
        },
      ],
    },
  },
);
