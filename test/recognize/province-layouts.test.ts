/**
 * Layouts of other provinces the fixtures do not show: tables side by side on one sheet, titles
 * only in the sheet name, header groups without merged cells, the unit only in a header cell,
 * 「单位：万」, 「部门：」/「编制部门：」 lines, a stage read from a header against the package's.
 */
import { recognize, recognizeWorkbook } from '../../src/recognize';
import { buildModel } from '../../src/model';
import type { CellValue } from '../../src/grid/types';
import { expenditureTable, grid } from './grid-builder';

/** Two tables printed side by side: rows of the left and right table joined, with `gap` blank columns. */
function sideBySide(left: CellValue[][], right: CellValue[][], gap: number): CellValue[][] {
  const width = Math.max(...left.map((r) => r.length));
  const n = Math.max(left.length, right.length);
  return Array.from({ length: n }, (_, i) => {
    const l = [...(left[i] ?? [])];
    while (l.length < width + gap) l.push(null);
    return [...l, ...(right[i] ?? [])];
  });
}

const THREE_PUBLIC: CellValue[][] = [
  ['2024年“三公”经费预算表'],
  ['单位：万元'],
  ['项目', '预算数'],
  ['“三公”经费合计', 12.5],
  ['因公出国（境）费', 2],
  ['公务接待费', 10.5],
];

describe('two tables side by side on one sheet', () => {
  it.each([1, 2])('with %i blank column(s) between them: two tables, each with its own columns', (gap) => {
    const rows = sideBySide(expenditureTable('2024年部门支出总表'), THREE_PUBLIC, gap);
    const tables = recognizeWorkbook([grid('表三、表四', rows)]);
    expect(tables.map((t) => [t.kind, t.unit, t.range.c0])).toEqual([['expenditure_summary', '万元', 0], ['three_public_expenses', '万元', 5 + gap]]);
    const m = buildModel(tables);
    expect(m.figure('expenditure_summary', '合计')!.value.toString()).toBe('120.5');
    expect(m.figure('three_public_expenses', '公务接待费')!.cells[0]).toEqual({ sheet: '表三、表四', row: 5, col: 6 + gap });
    expect(new Set(tables.map((t) => t.id)).size).toBe(2);
  });

  it('with no blank column: the two titles in one row split the sheet', () => {
    const rows = sideBySide(expenditureTable('2024年部门支出总表'), THREE_PUBLIC, 0);
    const tables = recognizeWorkbook([grid('s', rows)]);
    expect(tables.map((t) => t.kind)).toEqual(['expenditure_summary', 'three_public_expenses']);
  });

  it('under a document heading merged across both, titles in different rows', () => {
    const left = [['某某局2024年部门预算公开表'], ...expenditureTable('2024年部门支出总表')];
    const right = [[null], [null], ...THREE_PUBLIC];
    const rows = sideBySide(left, right, 1);
    const tables = recognizeWorkbook([grid('s', rows, [{ r0: 0, c0: 0, r1: 0, c1: 7 }])]);
    expect(tables.map((t) => [t.kind, t.department])).toEqual([['expenditure_summary', '某某局'], ['three_public_expenses', '某某局']]);
  });

  it('a 目录 listing the tables in two columns stays one table of contents', () => {
    const rows: CellValue[][] = [['目录'], ['一、部门收支总表', null, null, '五、一般公共预算支出表'], ['二、部门收入总表', null, null, '六、一般公共预算基本支出表'], ['三、部门支出总表', null, null, '七、“三公”经费支出表'], ['四、财政拨款收支总表', null, null, '八、政府性基金预算支出表']];
    expect(recognizeWorkbook([grid('目录', rows)]).map((t) => t.kind)).toEqual(['table_of_contents']);
  });

  it('a blank column inside one table does not split it', () => {
    const rows = expenditureTable('2024年部门支出总表').map((r) => [...r.slice(0, 2), null, ...r.slice(2)]);
    const tables = recognizeWorkbook([grid('s', rows)]);
    expect(tables.map((t) => t.kind)).toEqual(['expenditure_summary']);
    expect(buildModel(tables).figure('expenditure_summary', '基本支出')!.value.toString()).toBe('100.5');
  });
});

describe('a table continued after a page break', () => {
  it('「…表（续）」 with its unit line and repeated header stays one table', () => {
    const rows: CellValue[][] = [
      ...expenditureTable('2024年部门支出总表'),
      ['2024年部门支出总表（续）'], [null, null, null, null, '单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
      ['2080505', '机关事业单位基本养老保险缴费支出', 3, 3, null],
    ];
    const tables = recognizeWorkbook([grid('s', rows)]);
    expect(tables.map((t) => t.kind)).toEqual(['expenditure_summary']);
    expect(tables[0].lists[0].lines.map((l) => l.code ?? l.name)).toEqual(['合计', '201', '20103', '2010301', '2010302', '2080505']);
  });
});

describe('栏次 rows with formulas', () => {
  it('「甲 | 乙 | 1 | 2 | 3=4+5」 is the 栏次 row', () => {
    const rows: CellValue[][] = [['部门支出决算表'], ['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['甲', '乙', '1=2+3', 2, 3], ['201', '一般公共服务支出', 10, 6, 4]];
    const [t] = recognizeWorkbook([grid('s', rows)]);
    expect([t.headerRange?.r1, t.lists[0].lines.map((l) => l.code)]).toEqual([3, ['201']]);
  });
});

describe('titles only in the sheet name', () => {
  it.each([
    ['一般公共预算支出表', 'general_budget_expenditure'],
    ['表5 一般公共预算基本支出表', 'general_budget_basic_expenditure'],
    ['部门支出总表', 'expenditure_summary'],
  ])('sheet 「%s」 starting with the unit line and the header → %s', (sheet, kind) => {
    const rows: CellValue[][] = [['单位：万元'], ['科目编码', '科目名称', '合计', '人员经费', '公用经费'], ['201', '一般公共服务支出', 10, 8, 2]];
    const [t] = recognizeWorkbook([grid(sheet, rows)]);
    expect([t.kind, t.unit]).toEqual([kind, '万元']);
  });
});

describe('header groups written without merged cells', () => {
  it('「基本支出」 over 「小计 | 人员经费 | 公用经费」 with empty cells to its right', () => {
    const rows: CellValue[][] = [
      ['一般公共预算支出表'], ['单位：万元'],
      ['科目编码', '科目名称', '合计', '基本支出', null, null, '项目支出'],
      [null, null, null, '小计', '人员经费', '公用经费', null],
      ['201', '一般公共服务支出', 10, 8, 6, 2, 2],
    ];
    const [t] = recognizeWorkbook([grid('s', rows)]);
    expect(t.lists[0].columns.map((c) => c.path.join('›'))).toEqual(['科目编码', '科目名称', '合计', '基本支出›小计', '基本支出›人员经费', '基本支出›公用经费', '项目支出']);
    expect(t.lists[0].columns.map((c) => c.role)).toEqual(['科目编码', '科目名称', '合计', '基本支出', '人员经费', '公用经费', '项目支出']);
  });

  it('「收入 | | 支出 |」 over 「项目 | 预算数 | 项目 | 预算数」: two sides', () => {
    const rows: CellValue[][] = [['部门收支总表'], ['单位：元'], ['收入', null, '支出', null], ['项目', '预算数', '项目', '预算数'], ['一般公共预算拨款收入', 100, '一般公共服务支出', 100], ['本年收入合计', 100, '本年支出合计', 100]];
    const [t] = recognizeWorkbook([grid('s', rows)]);
    expect(t.lists.map((l) => l.side)).toEqual(['income', 'expenditure']);
  });
});

describe('tables without a title, known by their header', () => {
  it.each([
    ['income_summary', [['单位：万元'], ['科目编码', '科目名称', '合计', '上年结转', '一般公共预算拨款收入', '事业收入'], ['201', '一般公共服务支出', 10, 0, 10, 0]]],
    ['expenditure_summary', [['单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出', '事业单位经营支出'], ['201', '一般公共服务支出', 10, 5, 5, 0]]],
    ['fiscal_appropriation_summary', [['单位：万元'], ['收入', null, '支出', null, null, null], ['项目', '预算数', '项目', '合计', '一般公共预算', '政府性基金预算'], ['一、一般公共预算拨款', 10, '一般公共服务支出', 10, 10, 0], ['本年收入合计', 10, '本年支出合计', 10, 10, 0]]],
    ['general_budget_basic_expenditure', [['单位：万元'], ['科目编码', '科目名称', '合计', '人员经费', '公用经费'], ['301', '工资福利支出', 10, 10, 0]]],
    ['government_procurement', [['单位：万元'], ['采购项目', '采购品目', '合计', '货物', '工程', '服务'], ['办公设备', '计算机', 10, 10, 0, 0]]],
    ['agency_operating_expenses', [['单位：万元'], ['项目', '预算数'], ['机关运行经费', 10], ['其中：办公费', 5]]],
  ] as [string, CellValue[][]][])('%s', (kind, rows) => {
    expect(recognizeWorkbook([grid('Sheet1', rows)])[0].kind).toBe(kind);
  });
});

describe('units', () => {
  it('the unit only in a header cell 「金额（万元）」', () => {
    const rows: CellValue[][] = [['部门收入总表'], ['项目', '金额（万元）'], ['一般公共预算财政拨款收入', 100], ['本年收入合计', 100]];
    const [t] = recognizeWorkbook([grid('s', rows)]);
    expect([t.kind, t.unit, t.unitLabel]).toEqual(['income_summary', '万元', '金额（万元）']);
  });

  it.each([
    [1234567.5, '元'],
    [123.45, '万元'],
  ])('no table names its unit: the magnitude decides (%s → %s), with a warning', (amount, unit) => {
    const rows: CellValue[][] = [['部门支出总表'], ['科目编码', '科目名称', '合计'], [null, '合计', amount], ['201', '一般公共服务支出', amount]];
    const [t] = recognizeWorkbook([grid('s', rows)]);
    expect(t.unit).toBe(unit);
    expect(t.warnings.join('')).toMatch(/推断/);
  });

  it('「单位：万」 is read as 万元 and kept as written for a warning', () => {
    const [t] = recognizeWorkbook([grid('s', expenditureTable('部门支出总表', '单位：万'))]);
    expect([t.unit, t.unitLabel]).toEqual(['万元', '单位：万']);
  });
});

describe('department lines', () => {
  it('「部门名称：」 and the name in the next cell', () => {
    const rows: CellValue[][] = [['部门支出总表'], ['部门名称：', '某某县教育局', null, null, '单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', 5, 5, null]];
    const [t] = recognizeWorkbook([grid('s', rows)]);
    expect([t.department, t.unit]).toEqual(['某某县教育局', '万元']);
  });

  it.each([['部门：某某县教育局'], ['编制部门：某某县教育局'], ['填报部门：某某县教育局'], ['单位：某某县教育局'], ['编制单位（盖章）：某某县教育局']])('「%s」', (line) => {
    const rows: CellValue[][] = [['部门支出总表'], [line, null, null, null, '单位：万元'], ['科目编码', '科目名称', '合计', '基本支出', '项目支出'], ['201', '一般公共服务支出', 5, 5, null]];
    const [t] = recognizeWorkbook([grid('s', rows)]);
    expect([t.department, t.unit]).toEqual(['某某县教育局', '万元']);
  });
});

describe('department without a 「部门名称：」 line', () => {
  it('from a 「部门（单位）名称 | 某某中心」 row of a 绩效目标表, spread to the package', () => {
    const perf = grid('绩效', [['部门（单位）整体绩效目标表'], ['（2024年度）'], ['部门（单位）名称', null, '某某县政务服务中心'], ['年度履职目标', '保障运转'], ['预算情况', '部门预算总额（万元）', 10]], [{ r0: 2, c0: 0, r1: 2, c1: 1 }]);
    const exp = grid('支出', [['部门支出总表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 10]]);
    const tables = recognizeWorkbook([exp, perf]);
    expect(tables.map((t) => t.department)).toEqual(['某某县政务服务中心', '某某县政务服务中心']);
    expect(buildModel(tables).department).toBe('某某县政务服务中心');
  });

  it('from the one unit a by-unit table lists', () => {
    const rows: CellValue[][] = [['财政拨款支出表'], ['单位：万元'], ['单位编码', '单位名称', '合计', '一般公共预算'], ['106001', '某某县图书馆', 5, 5], [null, '合计', 5, 5]];
    expect(recognizeWorkbook([grid('s', rows)])[0].department).toBe('某某县图书馆');
  });

  it('from a title 「某某县文化馆2024年部门支出总表」', () => {
    const [t] = recognizeWorkbook([grid('s', expenditureTable('某某县文化馆2024年部门支出总表').map((r, i) => (i === 1 ? [null, null, null, null, '单位：万元'] : r)))]);
    expect([t.kind, t.department]).toEqual(['expenditure_summary', '某某县文化馆']);
  });
});

describe('stage', () => {
  it('a table whose stage comes only from a header 「预算数」 takes the package stage 决算', () => {
    const a = grid('a', [['2023年部门支出决算表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 1]]);
    const b = grid('b', [['机关运行经费表'], ['单位：万元'], ['项目', '预算数', '决算数'], ['机关运行经费', 2, 1]]);
    const c = grid('c', [['部门“三公”经费支出表'], ['单位：万元'], ['项目', '预算数'], ['公务接待费', 2]]);
    expect(recognizeWorkbook([a, b, c]).map((t) => t.stage)).toEqual(['决算', '决算', '决算']);
  });

  it('packages whose titles disagree keep each table its own stage', () => {
    const a = grid('a', [['2023年部门支出决算表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 1]]);
    const b = grid('b', [['2024年部门支出预算表'], ['单位：万元'], ['科目编码', '科目名称', '合计'], ['201', '一般公共服务支出', 1]]);
    expect(recognizeWorkbook([a, b]).map((t) => t.stage)).toEqual(['决算', '预算']);
  });
});

describe('决算 tables that print 预算数 | 决算数', () => {
  it('a row-oriented 三公 决算 table: the bare figure is the 决算数, 「[预算数]」 the budget', () => {
    const rows: CellValue[][] = [['2023年“三公”经费支出决算表'], ['单位：万元'], ['项目', '预算数', '决算数', '增减率（%）'], ['合计', 12, 10, -16.67], ['因公出国（境）费', 2, 1, -50], ['公务接待费', 10, 9, -10]];
    const m = buildModel(recognizeWorkbook([grid('s', rows)]));
    expect(['公务接待费', '公务接待费[预算数]', '合计'].map((n) => m.figure('three_public_expenses', n)?.value.toString())).toEqual(['9', '10', '10']);
    expect(m.tables[0].lists[0].columns.map((c) => c.role)).toEqual(['科目名称', '预算数', '决算数', '增减率']);
  });
});

describe('政府采购预算表', () => {
  it('货物 | 工程 | 服务 columns have roles and figures', () => {
    const rows: CellValue[][] = [['2024年政府采购预算表'], ['单位：万元'], ['采购项目', '合计', '货物', '工程', '服务'], ['合计', 30, 10, null, 20], ['办公设备', 10, 10, null, null], ['物业管理', 20, null, null, 20]];
    const m = buildModel(recognizeWorkbook([grid('s', rows)]));
    expect(m.tables[0].kind).toBe('government_procurement');
    expect(['合计', '货物', '工程', '服务'].map((n) => m.figure('government_procurement', n)?.value.toString())).toEqual(['30', '10', '0', '20']);
  });
});

describe('收入总表 by columns, by unit', () => {
  it('row-figure names find their column on the 合计 line (一般公共预算财政拨款收入 → 一般公共预算)', () => {
    const rows: CellValue[][] = [
      ['2024年部门收入总表'], ['单位：万元'],
      ['单位编码', '单位名称', '合计', '上年结转', '一般公共预算拨款收入', '政府性基金预算拨款收入', '财政专户管理资金收入', '事业收入', '其他收入'],
      [null, '合计', 100, 10, 60, 10, 5, 10, 5],
      ['101001', '某某局本级', 100, 10, 60, 10, 5, 10, 5],
    ];
    const m = buildModel(recognizeWorkbook([grid('s', rows)]));
    expect(['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '财政专户管理资金收入', '上年结转', '事业收入'].map((n) => m.figure('income_summary', n)?.value.toString())).toEqual(['60', '10', '5', '10', '10']);
    expect(m.department).toBe('某某局本级');
  });
});

describe('sheets without a standard table', () => {
  it('get a Chinese reason, and the model lists them', () => {
    const r = recognize([grid('封面', [['某某局2024年部门预算公开'], ['二〇二四年二月']]), grid('空', [])]);
    expect(r.sheets.map((s) => [s.sheet, !!s.reason])).toEqual([['封面', true], ['空', true]]);
  });
});

describe('财政部 form furniture', () => {
  it('「公开01表」 beside the title and 「单位：」 | 「万元」 in two cells', () => {
    const rows: CellValue[][] = [
      ['收入支出决算总表', null, null, null, null, '公开01表'],
      ['部门：某某局', null, null, null, '单位：', '万元'],
      ['收入', null, null, '支出', null, null],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['本年收入合计', 1, 10, '本年支出合计', 2, 10],
      ['总计', 3, 10, '总计', 4, 10],
    ];
    const [t] = recognizeWorkbook([grid('Sheet1', rows)]);
    expect([t.kind, t.title, t.unit, t.department, t.stage]).toEqual(['income_expenditure_summary', '收入支出决算总表', '万元', '某某局', '决算']);
  });

  it('「收入决算表（公开02表）」 is the 收入决算表', () => {
    const [t] = recognizeWorkbook([grid('Sheet2', [['收入决算表（公开02表）'], ['单位：万元'], ['科目编码', '科目名称', '本年收入合计', '财政拨款收入'], ['201', '一般公共服务支出', 5, 5]])]);
    expect(t.kind).toBe('income_summary');
  });
});
