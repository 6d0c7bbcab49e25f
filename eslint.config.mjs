// Architecture rules that matter here, with typescript-eslint's type information for the
// floating-promise check. `npm run lint` runs it; `npm test` runs it first.
import tseslint from 'typescript-eslint';

const noDriverMaster = {
  selector: "MemberExpression[property.name='master']",
  message: "TypeORM's driver.master is internal: use rawPool() from src/database/raw-pool.ts.",
};
const noQuery = {
  selector: "CallExpression[callee.property.name='query']",
  message: 'SQL lives in repositories, adapters and src/database/: add a named method to the feature repository.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', 'web/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  {
    files: ['**/*.ts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      'no-restricted-syntax': ['error', noDriverMaster],
    },
  },
  {
    // Application code: SQL only where a reader expects it.
    files: ['src/**/*.ts'],
    ignores: ['src/**/*.repository.ts', 'src/**/*.adapter.ts', 'src/database/**', 'src/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': ['error', noDriverMaster, noQuery],
    },
  },
);
