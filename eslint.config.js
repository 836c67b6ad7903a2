import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', '.tmp/', 'test-results/', 'playwright-report/', 'migrations/', 'test/fixtures/web/', 'web/src/lib/api/schema.d.ts', 'web/src/lib/api/enums.ts', 'web/src/lib/api/auditValueLists.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.{mjs,ts}', 'bin/**/*.js', '*.ts', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Module boundaries (docs/architecture.md, "What may import what"): the core imports no module;
  // a module imports another module only through its services (*.service.ts) and its public
  // schemas and types (*.schemas.ts, *.types.ts); a table declaration may name another module's
  // table for a foreign key (*.tables.ts -> *.tables.ts). The application (src/*.ts), the command
  // line (src/cli) and the demo world writer (src/demo) put the modules together. Tests may
  // import what they check.
  {
    files: ['src/**/*.ts'],
    // The application's own files (src/*.ts) put everything together and are not checked.
    ignores: ['**/*.test.ts', 'src/*.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/include': ['src/**/*.ts'],
      'boundaries/ignore': ['**/*.test.ts'],
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core' },
        { type: 'cli', pattern: 'src/cli' },
        { type: 'demo', pattern: 'src/demo' },
        { type: 'declarations', pattern: 'src/types' },
        { type: 'module', pattern: 'src/modules/knowledge/*', capture: ['name'] },
        { type: 'module', pattern: 'src/modules/*', capture: ['name'] },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: 'A module imports another module only through its service or its public *.schemas.ts / *.types.ts, and the core imports no module (docs/architecture.md)',
          policies: [
            { from: { element: { type: 'core' } }, allow: { to: { element: { type: 'core' } } } },
            { from: { element: { type: 'module' } }, allow: { to: { element: { type: 'core' } } } },
            { from: { element: { type: 'module' } }, allow: { dependency: { relationship: { to: 'internal' } } } },
            {
              from: { element: { type: 'module' } },
              allow: { to: { element: { type: 'module', fileInternalPath: ['**/*.service.ts', '**/*.schemas.ts', '**/*.types.ts'] } } },
            },
            {
              from: { element: { type: 'module', fileInternalPath: '**/*.tables.ts' } },
              allow: { to: { element: { type: 'module', fileInternalPath: '**/*.tables.ts' } } },
            },
            { from: { element: { types: ['cli', 'demo'] } }, allow: { to: { element: { types: ['core', 'module', 'cli', 'demo'] } } } },
          ],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
