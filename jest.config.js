const ESM_PACKAGES = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  '@borewit',
  'uint8array-extras',
  '@sec-ant',
  'content-disposition',
  'cookie',
  'set-cookie-parser',
  'toad-cache',
  '@standard-schema',
  'meilisearch',
  'request-filtering-agent',
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  // NestJS 12 and a few of its dependencies ship only ES modules; Jest's module system on
  // Node 20 cannot require them, so they are compiled to CommonJS like the project's own code.
  transform: {
    '^.+\\.ts$': '@swc/jest',
    '^.+\\.m?js$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  testMatch: ['<rootDir>/test/**/*.spec.ts', '<rootDir>/src/**/*.spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 60_000,
  // Integration tests hold real sockets and pools; a file that leaks one should fail loudly, not hang CI.
  forceExit: false,
};
