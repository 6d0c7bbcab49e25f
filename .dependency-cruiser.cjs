/**
 * Folder rules, checked by `npm run depcheck` (scripts/check-dependencies.mjs, part of `npm test`),
 * which also refuses an import loop between the folders of src/:
 * - no import cycle between modules;
 * - database/ and common/ sit below the features and import none of them;
 * - a feature reaches another through what that feature exports on purpose: never its
 *   repositories (modules export services) nor its sql/ folder;
 * - a versioned migration never imports another one (each is frozen once landed).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import cycle ties folders together: move the shared part to the folder that owns it, or to common/.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'database-below-features',
      severity: 'error',
      comment: 'database/ is infrastructure: features register their own entities and call it, never the reverse.',
      from: { path: '^src/database/' },
      to: { path: '^src/', pathNot: '^src/(database|config|logging|common)/' },
    },
    {
      name: 'common-below-features',
      severity: 'error',
      comment: 'common/ holds what every feature shares; it imports no feature.',
      from: { path: '^src/common/' },
      to: { path: '^src/', pathNot: '^src/common/' },
    },
    {
      name: 'no-foreign-repository',
      severity: 'error',
      comment: "A feature's repositories are private: call the owning feature's service instead.",
      from: { path: '^src/([^/]+)/' },
      // Type-only imports (a row shape shared by two features' SQL) leave nothing at run time.
      to: { path: '^src/[^/]+/.*[.]repository[.]ts$', pathNot: '^src/$1/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'migrations-stand-alone',
      severity: 'error',
      comment: 'Migrations are frozen once landed: a migration copies what it needs instead of importing another one.',
      from: { path: '^migrations/[0-9]+-' },
      to: { path: '^migrations/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|web)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
