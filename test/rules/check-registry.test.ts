/**
 * The one list of check plugins (src/rules/checks/registry.ts): every keyword of the notation and
 * every 内置 name the built-in rules use has exactly one plugin; an unknown 内置 name is a check that
 * cannot run (not applicable, with its reason), never a crash.
 */
import { builtinRules, checkModel } from '../../src/rules';
import { checkKeywords, CHECK_PLUGINS, indexKinds, keywordOf } from '../../src/rules/checks/registry';
import { STRUCTURE_WORDS } from '../../src/rules/notation/parse-check';
import { list, model, table } from './build';

test('every keyword of the notation and every 内置 check of the built-in rules has a plugin', () => {
  const keywords = new Set(checkKeywords());
  for (const w of STRUCTURE_WORDS.filter((x) => x !== '内置')) expect(keywords).toContain(w);
  expect(keywords).toContain('比较');
  expect(keywords).toContain('逐行');
  const used = builtinRules().flatMap((r) => r.checks.map(keywordOf));
  expect(used.filter((k) => !keywords.has(k))).toEqual([]);
  // and the built-in rules use every 内置 check there is (a plugin nothing names is dead code)
  const builtin = [...keywords].filter((k) => k.startsWith('内置 '));
  expect(builtin.filter((k) => !used.includes(k))).toEqual([]);
});

test('a keyword defined by two plugins is refused when the list is read', () => {
  const twice = [...CHECK_PLUGINS, { family: '重复', kinds: { 逐科目: CHECK_PLUGINS[0].kinds['比较'] } }];
  expect(() => indexKinds(twice)).toThrow('检查「逐科目」在两个插件中定义');
});

test('an unknown 内置 name is not applicable with its reason', () => {
  const T = '支出总表';
  const m = model(table(T, 'expenditure_summary', [list(T, 'main', [['合计']], [{ name: '合计', kind: 'total', amounts: [1] }])]));
  const r = checkModel(m, { userRules: '【x】未知内置（提示）\n  内置 没有这个 支出总表\n' });
  expect(r.run.notApplicable.map((n) => n.reason)).toContain('没有名为「没有这个」的内置检查');
});
