// Generates web/src/api/schema.d.ts from the committed openapi.json (openapi-typescript).
// `--check` only compares and exits 1 when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const specPath = join(root, 'openapi.json');
const outPath = join(root, 'web', 'src', 'api', 'schema.d.ts');

const header = '// Generated from openapi.json by web/scripts/api-schema.mjs (npm run web:api). Do not edit.\n\n';
const ast = await openapiTS(JSON.parse(readFileSync(specPath, 'utf8')));
const generated = header + astToString(ast);

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(outPath, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== generated) {
    process.stderr.write('web/src/api/schema.d.ts is stale against openapi.json: run `npm run web:api` and commit it.\n');
    process.exit(1);
  }
} else {
  writeFileSync(outPath, generated);
}
