// swc compiles only TypeScript: copy each feature's repeatable SQL definitions (src/<feature>/sql/*.sql)
// beside the compiled code, where src/database/repeatables.ts reads them at run time.
import { cpSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

for (const feature of readdirSync('src', { withFileTypes: true })) {
  if (!feature.isDirectory()) continue;
  const from = join('src', feature.name, 'sql');
  let files;
  try {
    files = readdirSync(from).filter((name) => name.endsWith('.sql'));
  } catch {
    continue;
  }
  for (const name of files) cpSync(join(from, name), join('dist', 'src', feature.name, 'sql', name));
}
