/** Bad input gets a result or a Chinese reason, never an exception. */
import { recognize, recognizeWorkbook } from '../../src/recognize';
import { buildModel } from '../../src/model';
import { amountIn } from '../../src/model/lines';
import { grid } from './grid-builder';

const HEAD = [['2024年部门支出预算表'], ['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出']];

describe('bad input', () => {
  it('reads text numbers, full-width digits, （负数）, dashes as exact amounts', () => {
    const g = grid('s', [...HEAD, [null, '合计', '1,234.56', '１２３４．５６', '—'], ['2010301', '行政运行', '（12.5）', '-', '－']]);
    const t = recognizeWorkbook([g])[0];
    const list = t.lists[0];
    const [total, line] = list.lines;
    expect(amountIn(list, total, '合计')!.value.toString()).toBe('1234.56');
    expect(amountIn(list, total, '基本支出')!.value.toString()).toBe('1234.56');
    expect(amountIn(list, total, '项目支出')!.blank).toBe(true);
    expect(amountIn(list, line, '合计')!.value.toString()).toBe('-12.5');
  });

  it('#REF! and #DIV/0! become problems with a Chinese message, and a warning on the table', () => {
    const g = grid('s', [...HEAD, [null, '合计', { error: '#REF!' }, { error: '#DIV/0!' }, 1]]);
    const t = recognizeWorkbook([g])[0];
    const a = t.lists[0].lines[0].amounts[2];
    expect(a.problem).toMatch(/引用无效/);
    expect(t.warnings.join('')).toMatch(/#REF!/);
  });

  it('hidden rows are kept and flagged', () => {
    const g = grid('s', [...HEAD, [null, '合计', 3, 3, null], ['2010301', '行政运行', 3, 3, null]], [], [4]);
    const t = recognizeWorkbook([g])[0];
    expect(t.lists[0].lines[1].hidden).toBe(true);
    expect(t.warnings.join('')).toMatch(/隐藏行/);
  });

  it('a merge across the body does not break the table', () => {
    const g = grid('s', [...HEAD, [null, '合计', 3, 3, null], ['2010301', '行政运行', 3, 3, null], ['说明：本表数据为汇总数据', null, null, null, null]], [{ r0: 5, c0: 1, r1: 6, c1: 4 }]);
    const t = recognizeWorkbook([g])[0];
    expect(t.kind).toBe('expenditure_summary');
  });

  it('an empty sheet gets a reason, an empty table is empty with its note', () => {
    const r = recognize([grid('空', []), grid('基金', [['政府性基金预算支出表'], ['单位：万元'], ['项目', '预算数'], ['合计', null], ['注：本部门无政府性基金预算支出，故本表为空表。']])]);
    expect(r.sheets[0].reason).toBe('工作表为空');
    expect(r.tables[0].empty).toBe(true);
    expect(r.tables[0].emptyNote).toMatch(/空表/);
  });

  // Speed is measured in bench/ (recognition.bench.ts); here only a guard against a hang or a
  // quadratic blow-up that a loaded CI machine cannot trip by accident.
  it('a 20,000-row sheet is read without blowing up', () => {
    const rows: (string | number | null)[][] = [...HEAD, [null, '合计', 0, 0, 0]];
    for (let i = 0; i < 20000; i++) rows.push([`20103${String(i % 100).padStart(2, '0')}`, '行政运行', i, i, 0]);
    const t0 = Date.now();
    const t = recognizeWorkbook([grid('big', rows)])[0];
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(t.lists[0].lines.length).toBe(20001);
  });

  it('user corrections set kind and unit and are marked', () => {
    const g = grid('Sheet9', [['某表'], ['项目', '金额'], ['合计', 5]]);
    const [t] = recognizeWorkbook([g], [{ sheet: 'Sheet9', kind: 'project_expenditure', unit: '元' }]);
    expect([t.kind, t.unit, t.corrected]).toEqual(['project_expenditure', '元', true]);
    expect(buildModel([t]).figure('project_expenditure', '合计')!.value.toString()).toBe('5');
  });
});

describe('corrections from a side-car JSON or document settings', () => {
  it('ignores malformed entries with a Chinese reason, never throws', () => {
    const g = grid('Sheet9', [['某表'], ['项目', '金额'], ['合计', 5]]);
    const bad = [null, 5, { sheet: 'Sheet9', kind: 'no_such_kind', unit: '千元' }, { sheet: 'Sheet9', index: 3, kind: 'unknown' }] as unknown as Parameters<typeof recognize>[1];
    const r = recognize([g], bad);
    expect(r.tables[0].corrected).toBeUndefined();
    expect(r.tables[0].warnings.join('')).toMatch(/无法识别.*无法识别/);
    expect(r.sheets[0].reason).toMatch(/不存在/);
  });

  it('flags hidden columns', () => {
    const g = { ...grid('s', [...HEAD, [null, '合计', 3, 3, null]]), hiddenCols: [3] };
    const t = recognizeWorkbook([g])[0];
    expect(t.lists[0].columns.find((c) => c.col === 3)!.hidden).toBe(true);
    expect(t.warnings.join('')).toMatch(/隐藏列/);
  });
});

describe('empty tables', () => {
  const table = (rows: (string | number | null)[][]) => recognizeWorkbook([grid('s', [['“三公”经费预算表'], ['单位：万元'], ['合计', '因公出国（境）费', '公务接待费'], ...rows])])[0];
  it('all blank or placeholders: empty', () => {
    expect(table([[null, null, null]]).empty).toBe(true);
    expect(table([['—', '—', '-']]).empty).toBe(true);
  });
  it('explicit zeros state 0: not empty, unless a note says the table is empty', () => {
    expect(table([[0, 0, '0.00']]).empty).toBe(false);
    const t = table([[0, 0, 0], ['注：本部门无“三公”经费支出，故本表为空表。', null, null]]);
    expect([t.empty, t.emptyNote]).toEqual([true, '注：本部门无“三公”经费支出，故本表为空表。']);
  });
});
