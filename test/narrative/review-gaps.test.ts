/**
 * The reviewer's checks added to close issue 14 (docs/review-checks.md): a 科目 described with
 * another 科目's purpose; 收入 and 支出 of one scope changing in opposite directions; 年初预算
 * figures quoted in a 决算 说明 against every table printing them. Invented figures and sentences,
 * one passing and one failing case each; every finding a warning.
 */
import { checkNarrative } from '../../src/narrative';
import { aspectOf } from '../../src/review-summary';
import { list, model, table } from '../rules/build';

type Model = ReturnType<typeof model>;
const of = (text: string, rule: string, m: Model = model()) =>
  checkNarrative(text, m, undefined, { review: true }).filter((f) => f.rule === `narrative.${rule}`);
/** Amount columns with their roles as recognition gives them: `role` (and the path's words as roles). */
const roled = (l: ReturnType<typeof list>, roles: (string | null)[][]) => ({
  ...l,
  columns: l.columns.map((c) => (c.type === 'amount' ? { ...c, role: roles[c.col - 1][0], roles: roles[c.col - 1].filter((r): r is string => !!r) } : c)),
});

describe('a 科目 described with another 科目\'s purpose', () => {
  test('教育 with an 教育 purpose passes; with a 卫生健康 purpose it is a warning naming both 类', () => {
    expect(of('1.教育支出（类）普通教育（款）小学教育（项）100万元，主要用于小学教师工资和学校日常运转。', 'purpose_other_item')).toEqual([]);
    const fs = of('1.教育支出（类）普通教育（款）小学教育（项）100万元，主要用于卫生健康服务和疾病预防。', 'purpose_other_item');
    expect(fs.map((f) => [f.severity, f.line, f.expected, f.actual])).toEqual([['warning', 1, '教育支出的用途', '卫生健康支出的用途']]);
    expect(fs[0].message).toContain('卫生健康支出（210）');
  });
  test('the 「类-款-项」 form, and each 科目 of a paragraph with its own purpose', () => {
    expect(of('农林水支出-林业和草原-行政运行120万元，主要用于住房保障方面的补贴发放。', 'purpose_other_item').map((f) => f.actual)).toEqual(['住房保障支出的用途']);
    const two = '教育支出（类）进修及培训（款）培训支出（项）5万元，主要用于干部培训。住房保障支出（类）住房改革支出（款）住房公积金（项）10万元，主要用于按规定为职工缴纳住房公积金。';
    expect(of(two, 'purpose_other_item')).toEqual([]);
  });
  test('not flagged: the own 类 named too, a 款/项 name of the own 类, a stem used as an ordinary word', () => {
    expect(of('教育支出（类）其他教育支出（款）其他教育支出（项）3万元，主要用于教育系统卫生健康宣传。', 'purpose_other_item')).toEqual([]);
    expect(of('社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）30万元，主要用于机关事业单位基本养老保险缴费。', 'purpose_other_item')).toEqual([]);
    expect(of('城乡社区支出（类）城乡社区管理事务（款）行政运行（项）50万元，主要用于保障城市公共安全和节能环保宣传。', 'purpose_other_item')).toEqual([]);
    expect(of('社会保障和就业支出（类）社会福利（款）老年福利（项）40万元，主要用于城乡社区养老服务。', 'purpose_other_item')).toEqual([]);
  });
  test('not flagged: the department\'s own field (a 卫生健康委\'s 一般公共服务 item)', () => {
    const item = '一般公共服务支出（类）群众团体事务（款）一般行政管理事务（项）6万元，主要用于卫生健康系统工会活动。';
    expect(of(`某某区卫生健康委员会2025年部门预算说明\n${item}`, 'purpose_other_item')).toEqual([]);
    const commission = model(table('收支总表', 'income_expenditure_summary', [], '万元', { department: '某某区卫生健康委员会' }));
    expect(of(item, 'purpose_other_item', commission)).toEqual([]);
    expect(of(item, 'purpose_other_item')).toHaveLength(1);
  });
});

/** Lines that carry their figure names (as recognition sets them): `figure` = the line's name. */
const named = (l: ReturnType<typeof list>) => ({ ...l, lines: l.lines.map((x) => ({ ...x, figure: x.name })) });
/** 财政拨款收支总表: 本年收入合计 and 一般公共预算 in, 本年支出合计 out (万元). */
const fiscal = (income: number, spending: number, stage: '预算' | '决算' = '预算') => model(
  table('财政拨款收支总表', 'fiscal_appropriation_summary', [
    named(list('财政拨款收支总表', 'income', [['预算数']], [
      { name: '一般公共预算财政拨款收入', amounts: [income] },
      { name: '本年收入合计', kind: 'total', amounts: [income] },
    ])),
    named(list('财政拨款收支总表', 'expenditure', [['预算数']], [{ name: '本年支出合计', kind: 'total', amounts: [spending] }], 10)),
  ], '万元', { stage, year: 2025 }),
);

describe('收入 and 支出 of one scope changing in opposite directions (预算 without carry-over)', () => {
  const same = '财政拨款收入300万元，比上年增加20万元。财政拨款支出300万元，比上年增加20万元。';
  const opposite = '财政拨款收入300万元，比上年增加20万元。财政拨款支出300万元，比上年减少10万元。';
  test('the same direction passes; opposite directions are a warning', () => {
    expect(of(same, 'income_expenditure_opposite', fiscal(300, 300))).toEqual([]);
    const fs = of(opposite, 'income_expenditure_opposite', fiscal(300, 300));
    expect(fs.map((f) => [f.severity, f.line, f.actual])).toEqual([['warning', 1, '减少10万元']]);
    expect(fs[0].message).toContain('除非上年预算含上年结转');
  });
  test('一般公共预算收入 and 一般公共预算支出 too', () => {
    expect(of('一般公共预算拨款收入280万元，比上年增加5万元；一般公共预算支出280万元，比上年增加5万元。', 'income_expenditure_opposite', fiscal(280, 280))).toEqual([]);
    expect(of('一般公共预算拨款收入280万元，比上年增加5万元；一般公共预算支出280万元，比上年减少5万元。', 'income_expenditure_opposite', fiscal(280, 280))).toHaveLength(1);
  });
  test('收入合计 and 支出合计 of the 收支总表 (本年收入合计 = 本年支出合计 in the tables)', () => {
    const summary = (income: number, spending: number) => model(table('收支总表', 'income_expenditure_summary', [
      named(list('收支总表', 'income', [['预算数']], [{ name: '本年收入合计', kind: 'total', amounts: [income] }])),
      named(list('收支总表', 'expenditure', [['预算数']], [{ name: '本年支出合计', kind: 'total', amounts: [spending] }], 10)),
    ], '万元', { year: 2025 }));
    const text = (second: string) => `2025年收入预算300万元，比上年增加20万元。支出预算300万元，比上年${second}。`;
    expect(of(text('增加20万元'), 'income_expenditure_opposite', summary(300, 300))).toEqual([]);
    expect(of(text('减少10万元'), 'income_expenditure_opposite', summary(300, 300)).map((f) => f.message)).toEqual([expect.stringContaining('本年收入合计与支出合计相等')]);
    expect(of(text('减少10万元'), 'income_expenditure_opposite', summary(300, 320))).toEqual([]);
    // 基本支出 and 项目支出 are parts, not the 支出 side
    expect(of('收入预算300万元，比上年增加20万元。项目支出300万元，比上年减少10万元。', 'income_expenditure_opposite', summary(300, 300))).toEqual([]);
  });
  test('never where carry-over lets them differ: the tables\' 收入 ≠ 支出, a 决算, stated amounts that differ', () => {
    expect(of(opposite, 'income_expenditure_opposite', fiscal(300, 330))).toEqual([]);
    expect(of(opposite, 'income_expenditure_opposite', fiscal(300, 300, '决算'))).toEqual([]);
    // no table: the 说明's own amounts decide (equal → compared, different → carry-over, not compared)
    expect(of(opposite, 'income_expenditure_opposite')).toHaveLength(1);
    expect(of('财政拨款收入300万元，比上年增加20万元。财政拨款支出330万元，比上年减少10万元。', 'income_expenditure_opposite')).toEqual([]);
  });
});

/** A 决算 一般公共预算财政拨款支出决算表 printing 年初预算数 | 决算数 (or 全年预算数 | 决算数). */
const finalGeneral = (budgetHeader = '年初预算数') => model(
  table('一般公共预算支出决算表', 'general_budget_expenditure', [roled(list('一般公共预算支出决算表', 'main', [[budgetHeader], ['决算数']], [
    { name: '合计', kind: 'total', amounts: [200, 190] },
    { name: '教育支出', code: '205', amounts: [120, 115] },
    { name: '卫生健康支出', code: '210', amounts: [80, 75] },
    { name: '普通教育', code: '20502', amounts: [120, 115] },
    { name: '小学教育', code: '2050202', amounts: [120, 115] },
  ]), [['预算数'], ['决算数']])], '万元', { stage: '决算', year: 2024 }),
);

describe('年初预算 quoted in a 决算 说明, against every table printing 年初预算 beside 决算', () => {
  test('the total: the table\'s 年初预算数 passes, another figure is a warning with the cell', () => {
    expect(of('2024年度一般公共预算财政拨款支出年初预算为200万元，支出决算为190万元。', 'final_budget_quoted', finalGeneral())).toEqual([]);
    const fs = of('2024年度一般公共预算财政拨款支出年初预算为210万元，支出决算为190万元。', 'final_budget_quoted', finalGeneral());
    expect(fs.map((f) => [f.severity, f.expected, f.actual, f.cells.map((c) => `${c.row},${c.col}`)])).toEqual([['warning', '200.00', '210', ['4,1']]]);
  });
  test('a 类 line', () => {
    expect(of('教育支出年初预算为120万元，决算为115万元。', 'final_budget_quoted', finalGeneral())).toEqual([]);
    expect(of('教育支出年初预算为100万元，决算为115万元。', 'final_budget_quoted', finalGeneral()).map((f) => f.expected)).toEqual(['120.00']);
  });
  test('a 科目 paragraph: 「…（类）…（款）…（项）。年初预算为…」 against that 项\'s line', () => {
    const para = (budget: number) => `1.教育支出（类）普通教育（款）小学教育（项）。年初预算为${budget}万元，支出决算为115万元，完成年初预算的95.83%。`;
    expect(of(para(120), 'final_budget_quoted', finalGeneral())).toEqual([]);
    expect(of(para(100), 'final_budget_quoted', finalGeneral()).map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '120.00', '100']]);
    // the 科目 as a heading line, the figures on the next line
    expect(of('1.教育支出（类）普通教育（款）小学教育（项）\n年初预算为100万元，支出决算为115万元。', 'final_budget_quoted', finalGeneral()).map((f) => f.expected)).toEqual(['120.00']);
    // a 科目 the catalog does not resolve, or no 科目 named: not compared
    expect(of('1.教育支出（类）普通教育（款）某某教育（项）。年初预算为100万元。', 'final_budget_quoted', finalGeneral())).toEqual([]);
  });
  test('决算 wording against the table\'s 年初预算 when the 说明 states only the 决算', () => {
    const total = (words: string) => `2024年度一般公共预算财政拨款支出190万元，${words}。`;
    expect(of(total('完成年初预算的95%'), 'completion_rate', finalGeneral())).toEqual([]);
    expect(of(total('完成年初预算的97%'), 'completion_rate', finalGeneral()).map((f) => [f.severity, f.expected, f.cells.length])).toEqual([['warning', '95.00%', 1]]);
    expect(of(total('决算数小于年初预算数'), 'final_comparison', finalGeneral())).toEqual([]);
    expect(of(total('决算数大于年初预算数'), 'final_comparison', finalGeneral()).map((f) => f.expected)).toEqual(['决算数小于预算数']);
    const item = (words: string) => `1.教育支出（类）普通教育（款）小学教育（项）。支出决算为115万元，${words}。`;
    expect(of(item('完成年初预算的95.83%'), 'completion_rate', finalGeneral())).toEqual([]);
    expect(of(item('完成年初预算的90%'), 'completion_rate', finalGeneral()).map((f) => f.expected)).toEqual(['95.83%']);
    // the stated 决算 is not the table's 决算 of that line: which line is meant is not certain — nothing said
    expect(of(total('完成年初预算的97%').replace('190', '180'), 'completion_rate', finalGeneral())).toEqual([]);
  });
  test('not compared: a 全年预算数 column, a quoted 调整预算, a 预算 package', () => {
    expect(of('一般公共预算财政拨款支出年初预算为210万元，支出决算为190万元。', 'final_budget_quoted', finalGeneral('全年预算数'))).toEqual([]);
    expect(of('一般公共预算财政拨款支出调整预算为210万元，支出决算为190万元。', 'final_budget_quoted', finalGeneral())).toEqual([]);
    const budgetStage = model(...finalGeneral().tables.map((t) => ({ ...t, stage: '预算' as const })));
    expect(of('一般公共预算财政拨款支出年初预算为210万元。', 'final_budget_quoted', budgetStage)).toEqual([]);
  });
  test('the “三公” items against the 预算数 column of the “三公”经费决算表', () => {
    const three = model(table('三公经费决算表', 'three_public_expenses', [roled(list('三公经费决算表', 'main',
      [['三公经费合计', '预算数'], ['三公经费合计', '决算数'], ['公务接待费', '预算数'], ['公务接待费', '决算数']],
      [{ name: '金额', amounts: [10, 8, 4, 3] }]),
    [['预算数', '三公经费合计'], ['决算数', '三公经费合计'], ['预算数', '公务接待费'], ['决算数', '公务接待费']])], '万元', { stage: '决算', year: 2024 }));
    expect(of('公务接待费年初预算为4万元，决算为3万元。', 'final_budget_quoted', three)).toEqual([]);
    expect(of('公务接待费年初预算为5万元，决算为3万元。', 'final_budget_quoted', three).map((f) => [f.severity, f.expected])).toEqual([['warning', '4.00']]);
    // only the 决算 stated: the wording against the table's 预算数 of that item
    expect(of('2024年公务接待费支出3万元，完成年初预算的75%。', 'completion_rate', three)).toEqual([]);
    expect(of('2024年公务接待费支出3万元，完成年初预算的80%。', 'completion_rate', three).map((f) => f.expected)).toEqual(['75.00%']);
    expect(of('2024年公务接待费支出3万元，决算数大于年初预算数。', 'final_comparison', three)).toHaveLength(1);
  });
});

describe('科目 「类（类）款（款）项（项）」 amounts against the 项 lines (issue 14 §6, proof with invented figures)', () => {
  const general = () => model(table('一般公共预算', 'general_budget_expenditure', [list('一般公共预算', 'main', [['合计']], [
    { name: '合计', kind: 'total', amounts: [200] },
    { name: '农林水支出', code: '213', amounts: [200] },
    { name: '林业和草原', code: '21302', amounts: [200] },
    { name: '行政运行', code: '2130201', amounts: [120] },
    { name: '森林资源管理', code: '2130205', amounts: [80] },
  ])], '万元', { year: 2025 }));
  const rules = (text: string) => checkNarrative(text, general(), undefined, { review: true }).filter((f) => /amount_mismatch|unknown_item/.test(f.rule));
  test('the 项 line\'s amount passes; another amount is an error with the line\'s cell; an unknown 项 a warning', () => {
    expect(rules('农林水支出（类）林业和草原（款）行政运行（项）120万元。')).toEqual([]);
    const fs = rules('农林水支出（类）林业和草原（款）行政运行（项）125万元。');
    expect(fs.map((f) => [f.rule, f.severity, f.expected, f.actual])).toEqual([['narrative.amount_mismatch', 'error', '120.00', '125']]);
    expect(rules('农林水支出（类）林业和草原（款）森林生态效益补偿（项）10万元。').map((f) => [f.rule, f.severity])).toEqual([['narrative.unknown_item', 'warning']]);
  });
});

describe('placeholder text left in (issue 17 §3: 「XX」, 「××」)', () => {
  test.each([
    ['本部门负责全县XX工作的统筹协调。', '本部门负责全县林业工作的统筹协调。'],
    ['“三公”经费预算××万元。', '“三公”经费预算12万元。'],
  ])('%s', (bad, good) => {
    expect(of(bad, 'placeholder').map((f) => f.severity)).toEqual(['warning']);
    expect(of(good, 'placeholder')).toEqual([]);
  });
});

describe('reasons for changes of 收入 and 支出 (issue 14 §3, after 三公 and 机关运行经费)', () => {
  test('a stated change of the 收入/支出 totals with its reason passes; without one it is a warning', () => {
    expect(of('2025年收入预算200万元，比上年增加10万元，主要原因是人员增加。', 'reason_missing')).toEqual([]);
    expect(of('2025年支出预算200万元，比上年减少10万元。', 'reason_missing').map((f) => f.severity)).toEqual(['warning']);
  });
});

test('the reviewer\'s summary counts a 科目 with another 科目\'s purpose under 说明质量, the figure checks under 准确性', () => {
  expect(aspectOf('narrative.purpose_other_item')).toBe('说明质量');
  expect(aspectOf('narrative.income_expenditure_opposite')).toBe('准确性');
  expect(aspectOf('narrative.final_budget_quoted')).toBe('准确性');
});
