#!/usr/bin/env node
/**
 * The import structure of src/: which folder may import which (layers, as data) and no import
 * cycles between files. Run by test/architecture/import-layers.test.ts; `node scripts/import-layers.js`
 * prints the violations. Known debts (issue 12) are listed in KNOWN below so that no NEW one slips in
 * and a debt that is paid is taken off the list.
 */
const fs = require('fs');
const path = require('path');

/** Folder (or top-level file) of src/ → the folders it may import from. Lower layers first. */
const ALLOWED = {
  // the catalog's data (src/catalog/data, src/catalog/types.ts): plain records, on the ground
  'catalog-data': [],
  // words: table kinds, figure names, the 功能分类 类 (from the catalog's data), the label normalizer and the fold
  vocabulary: ['catalog-data'],
  grid: ['vocabulary'],
  text: [],
  'edit-distance': [],
  format: ['grid', 'vocabulary'],
  findings: ['grid', 'vocabulary'],
  source: ['grid', 'vocabulary'],
  catalog: ['grid', 'vocabulary', 'catalog-data'],
  recognize: ['grid', 'vocabulary', 'catalog', 'catalog-data', 'format', 'edit-distance'],
  model: ['grid', 'vocabulary', 'catalog', 'catalog-data', 'format', 'recognize'],
  rules: ['grid', 'vocabulary', 'catalog', 'catalog-data', 'format', 'findings', 'recognize', 'model'],
  narrative: ['grid', 'vocabulary', 'catalog', 'catalog-data', 'format', 'findings', 'recognize', 'model'],
  engine: ['grid', 'vocabulary', 'catalog', 'catalog-data', 'format', 'findings', 'source', 'recognize', 'model', 'rules', 'narrative'],
  'review-summary': ['grid', 'vocabulary', 'findings'],
  report: ['grid', 'vocabulary', 'findings', 'engine', 'recognize', 'model', 'review-summary'],
  // a PDF has no sheets: its source tells table pages from prose with the recognizer's title words
  sources: ['grid', 'vocabulary', 'source', 'text', 'recognize'],
  // page numbers added to a finished report of a PDF package (the CLI and the pane both do)
  'report-pages': ['grid', 'report', 'sources'],
  cli: null, // the command line may use every layer
};
/**
 * Floors inside a layer, lowest first: a file of one may import files of its own floor or a lower one,
 * never a higher one. Files of the layer outside these folders (src/rules/index.ts, run.ts …) sit on top.
 * src/rules: the notation (lexer, parser, AST) ← evaluation (values, figures, comparisons) ← the checks.
 */
const FLOORS = {
  rules: ['notation', 'evaluation', 'checks'],
};
/** Dev tools inside a layer (they run at build time, not in the product). */
const EXEMPT = [/^src\/catalog\/tools\//];

/** Debts known at the time this check was written (issue 12); remove an entry once it is paid. */
const KNOWN = [
];

function listFiles(dir, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) listFiles(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

function importsOf(root, file) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const deps = new Set();
  // import/export … from './x', import('./x'), require('./x'); relative specifiers only.
  const re = /(?:from\s+|import\s*\(\s*|require\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]*)['"]/g;
  for (const m of text.matchAll(re)) {
    const base = path.join(path.dirname(file), m[1]);
    for (const cand of [base + '.ts', base + '.tsx', path.join(base, 'index.ts'), base]) {
      if (fs.existsSync(path.join(root, cand)) && fs.statSync(path.join(root, cand)).isFile()) {
        deps.add(cand.split(path.sep).join('/'));
        break;
      }
    }
  }
  return [...deps];
}

/** src/rules/x.ts → 'rules'; src/engine.ts → 'engine'; the catalog's data → 'catalog-data'. */
function layerOf(file) {
  if (file.startsWith('src/catalog/data/') || file === 'src/catalog/types.ts') return 'catalog-data';
  return file.split('/')[1].replace(/\.tsx?$/, '');
}

/** The floor of a file inside its layer (FLOORS), Infinity on top; null when the layer has no floors. */
function floorOf(file) {
  const parts = file.split('/');
  const floors = FLOORS[parts[1]];
  if (!floors) return null;
  const i = parts.length > 3 ? floors.indexOf(parts[2]) : -1;
  return i < 0 ? Infinity : i;
}

function findCycles(graph) {
  let index = 0;
  const stack = [], onStack = new Set(), idx = new Map(), low = new Map(), cycles = [];
  const visit = (v) => {
    idx.set(v, index); low.set(v, index); index++;
    stack.push(v); onStack.add(v);
    for (const w of graph.get(v) || []) {
      if (!idx.has(w)) { visit(w); low.set(v, Math.min(low.get(v), low.get(w))); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v), idx.get(w)));
    }
    if (low.get(v) === idx.get(v)) {
      const scc = [];
      let w;
      do { w = stack.pop(); onStack.delete(w); scc.push(w); } while (w !== v);
      if (scc.length > 1) cycles.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return cycles;
}

/** Every violation as a line: 'layer a -> b', 'floor a -> b', 'unknown-layer x', 'cycle a b c'. */
function violations(root) {
  const files = listFiles(path.join(root, 'src')).map((f) => path.relative(root, f).split(path.sep).join('/'));
  const graph = new Map();
  const out = [];
  for (const f of files) {
    if (EXEMPT.some((re) => re.test(f))) continue;
    const deps = importsOf(root, f).filter((d) => d.startsWith('src/'));
    graph.set(f, deps);
    const from = layerOf(f);
    if (!(from in ALLOWED)) { out.push(`unknown-layer ${f}`); continue; }
    const allowed = ALLOWED[from];
    for (const d of deps) {
      const to = layerOf(d);
      if (to === from) {
        const a = floorOf(f), b = floorOf(d);
        if (a !== null && b > a) out.push(`floor ${f} -> ${d}`);
        continue;
      }
      if (allowed === null) continue;
      if (!allowed.includes(to)) out.push(`layer ${f} -> ${d}`);
    }
  }
  for (const c of findCycles(graph)) out.push(`cycle ${c.join(' ')}`);
  return out;
}

function report(root) {
  const found = violations(root);
  return {
    added: found.filter((v) => !KNOWN.includes(v)),
    paid: KNOWN.filter((k) => !found.includes(k)),
  };
}

module.exports = { violations, report, ALLOWED, FLOORS, KNOWN };

if (require.main === module) {
  const { added, paid } = report(path.resolve(__dirname, '..'));
  for (const v of added) console.log(`new: ${v}`);
  for (const v of paid) console.log(`paid (take it off KNOWN): ${v}`);
  if (added.length || paid.length) process.exit(1);
  console.log(`import layers: no new violation (${KNOWN.length} known debts)`);
}
