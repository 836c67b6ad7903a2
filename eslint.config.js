import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'data/', '.tmp/', 'test-results/', 'playwright-report/', 'migrations/', 'test/fixtures/web/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts', 'scripts/**/*.mjs', 'bin/**/*.js', '*.ts', '*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Module boundaries (docs/architecture.md): the core imports no module; a module imports another
  // module only through its service and its public schemas and types; the only other crossing is
  // a table declaration naming another module's table in a foreign key.
  {
    files: ['src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { project: './tsconfig.json' } },
      'boundaries/include': ['src/**/*.ts'],
      'boundaries/ignore': ['**/*.test.ts'],
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core' },
        { type: 'cli', pattern: 'src/cli' },
        { type: 'module', pattern: 'src/modules/knowledge/*', capture: ['name'] },
        { type: 'module', pattern: 'src/modules/*', capture: ['name'] },
        { type: 'demo', pattern: 'src/demo' },
        { type: 'app', pattern: 'src/*.ts', mode: 'file' },
      ],
    },
    rules: {
      'boundaries/no-unknown-files': 'error',
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
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
            { from: { element: { types: ['app', 'cli', 'demo'] } }, allow: { to: { element: { types: ['core', 'module', 'cli', 'app', 'demo'] } } } },
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
