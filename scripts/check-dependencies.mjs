// `npm run depcheck`: dependency-cruiser's rules (.dependency-cruiser.cjs) plus one it cannot
// express: no import loop between the folders of src/ (a feature importing a folder that, through
// any path, imports it back). Prints each violation and exits 1 when there is one.
import { cruise } from 'dependency-cruiser';
import { createRequire } from 'node:module';

const config = createRequire(import.meta.url)('../.dependency-cruiser.cjs');
const result = await cruise(['src', 'migrations', 'scripts'], {
  ...config.options,
  validate: true,
  ruleSet: { forbidden: config.forbidden },
});
const { modules, summary } = result.output;

const problems = summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`);

const folderOf = (path) => /^src\/([^/]+)\//.exec(path)?.[1];
const edges = new Map();
const example = new Map();
for (const m of modules) {
  const from = folderOf(m.source);
  if (!from) continue;
  for (const d of m.dependencies) {
    const to = folderOf(d.resolved);
    if (!to || to === from) continue;
    if (!edges.has(from)) edges.set(from, new Set());
    edges.get(from).add(to);
    if (!example.has(`${from}>${to}`)) example.set(`${from}>${to}`, `${m.source} -> ${d.resolved}`);
  }
}
// Tarjan's strongly connected components over the folder graph.
let next = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const loops = [];
const visit = (v) => {
  index.set(v, next);
  low.set(v, next++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v) ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v), low.get(w)));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
  }
  if (low.get(v) === index.get(v)) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) loops.push(component.sort());
  }
};
for (const v of edges.keys()) if (!index.has(v)) visit(v);
for (const loop of loops) {
  const links = [];
  for (const a of loop) for (const b of loop) if (example.has(`${a}>${b}`)) links.push(`    ${example.get(`${a}>${b}`)}`);
  problems.push(`folder loop between ${loop.join(', ')}:\n${links.join('\n')}`);
}

if (problems.length > 0) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`dependencies: no folder loop, no rule broken (${summary.totalCruised} modules)\n`);
