// typescript-eslint's recommended rules on the TypeScript sources and tests. Formatting is Prettier's job.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'out/',
      'dist/',
      'action/dist/',
      '.e2e/',
      '.vscode-test/',
      'test/**/fixtures/',
      'test/e2e/workspace/',
      '.stryker-tmp/',
      'reports/',
    ],
  },
  { files: ['**/*.ts'], extends: [js.configs.recommended, ...tseslint.configs.recommended] },
  {
    files: ['**/*.ts'],
    rules: {
      // `_`-prefixed parameters and variables are unused on purpose (callbacks with a fixed signature).
      // A `let` assigned once after a closure that reads it was created cannot be a `const`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
);
