/**
 * Each kind of knowledge has one home (docs/architecture.md, "Where knowledge lives"; issue 12's
 * "Done when"): a search for a second main column, a second label normalizer or half-width fold,
 * or a second map of table names finds none, and no stage after recognition reads the grid.
 */
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '..', '..');

function files(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) files(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const product = [...files('src'), ...files('functions'), ...files('taskpane')].filter((f) => !f.startsWith('src/catalog/tools/'));
const text = new Map(product.map((f) => [f, fs.readFileSync(path.join(root, f), 'utf8')]));

/** The product files whose text matches. */
const where = (re: RegExp, among: string[] = product) => among.filter((f) => re.test(text.get(f)!));

test('one main column: src/model/lines.ts', () => {
  expect(where(/(function|const|let)\s+mainColumn\b/)).toEqual(['src/model/lines.ts']);
});

test('one label normalizer and one half-width fold: src/vocabulary', () => {
  expect(where(/(function|const|let)\s+normali[sz]\w*\s*[=(]/)).toEqual(['src/vocabulary/labels.ts']);
  // the full-width → half-width arithmetic (0xFEE0) lives in the fold alone
  expect(where(/0xfee0|65248/i)).toEqual(['src/vocabulary/fold.ts']);
});

test('one map of table names to kinds (and of kinds standing in for each other): src/vocabulary/tables.ts', () => {
  expect(where(/Record<string,\s*TableKind>|Record<TableKind,\s*string>/)).toEqual(['src/vocabulary/tables.ts']);
  // a table's Chinese name written next to its kind id is a second map
  expect(where(/['"]?收支总表['"]?\s*:\s*['"]income_expenditure_summary['"]|income_expenditure_summary['"]?\s*:\s*['"]收支总表['"]/)).toEqual(['src/vocabulary/tables.ts']);
  expect(where(/(function|const)\s+standInsFor\b|STAND_INS\s*[:=]/)).toEqual(['src/vocabulary/tables.ts']);
});

test('after recognition nothing reads the grid: the model, the rules and the 说明 take recognized tables', () => {
  const later = product.filter((f) => /^src\/(model|rules|narrative)\//.test(f));
  expect(where(/\bSheetGrid\b|\bSheetView\b|sheet-view/, later)).toEqual([]);
});

test('the search sees a second main column (it can fail)', () => {
  text.set('src/rules/x.ts', 'export function mainColumn(list) { return list.columns[0]; }');
  try {
    expect(where(/(function|const|let)\s+mainColumn\b/, [...product, 'src/rules/x.ts'])).toEqual(['src/model/lines.ts', 'src/rules/x.ts']);
  } finally {
    text.delete('src/rules/x.ts');
  }
});
