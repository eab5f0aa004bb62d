// ESLint (flat config): typescript-eslint's recommended rules for all TypeScript, and the Office
// add-in rules of eslint-plugin-office-addins (load before read, sync after load, no sync in loops,
// isNullObject tests …) for the code that talks to Office.js. Deliberately no formatting rules: the
// plugin's own "recommended" preset turns on prettier/prettier, which would reformat every file.
// npm run lint (in .ci/run before npm test).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

const nodeGlobals = Object.fromEntries(
  ['require', 'module', 'exports', '__dirname', '__filename', 'process', 'console', 'Buffer', 'setTimeout', 'clearTimeout'].map((g) => [g, 'readonly']),
);

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'release/', 'release-wps/', 'dist-wps/', 'test-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names: an underscore marks the deliberate ones (callback positions, destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Plain CommonJS build and helper scripts
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs', globals: nodeGlobals },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Code that calls Office.js: the adapter, the pane's start-up and self-test.
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/host/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'warn',
      'office-addins/no-empty-load': 'warn',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
);
