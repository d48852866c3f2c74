/**
 * Planted warning-level problems (issue 17 §3 and §5; docs/narrative.md "Detection of planted
 * warnings"): an INVENTED, balancing package (warning-package.ts, written as an .xlsx and read back
 * through the xlsx source) with its 说明 gives no finding at all; each problem people publish is
 * planted alone and must be reported with the rule's severity, on the 说明 line or the cells that
 * show it. The detection count is printed like planted.test.ts's.
 */
import { analyze, type Analysis } from '../../src/engine';
import type { Finding } from '../../src/findings';
import { buildGrids, poke, type SheetSpec } from '../integration/build-workbook';
import { findingCells } from '../integration/harness';
import { DEPT, NARRATIVE, PROJECTS, TOC, warningPackage, type PackageOptions } from './warning-package';

async function run(o: PackageOptions = {}, narrative = NARRATIVE, sheets: (s: SheetSpec[]) => SheetSpec[] = (s) => s): Promise<Analysis> {
  return analyze(await buildGrids(sheets(warningPackage(o))), { narrative });
}
/** The 说明 with one fragment replaced (it must occur). */
function edit(from: string, to: string): string {
  if (!NARRATIVE.includes(from)) throw new Error(`not in the 说明: ${from}`);
  return NARRATIVE.replace(from, to);
}
const lineOf = (text: string, fragment: string) => text.split('\n').findIndex((l) => l.includes(fragment)) + 1;
const show = (f: Finding) => `${f.severity} ${f.rule}${f.line ? ` L${f.line}` : ''} ${f.message}`;

interface Planted {
  what: string;
  options?: PackageOptions;
  narrative?: string;
  /** a cell edit of the built package */
  sheets?: (s: SheetSpec[]) => SheetSpec[];
  rule: string;
  severity: 'warning' | 'error';
  /** the 说明 line, or a cell (sheet, 0-based row; -1: any row) the finding must name; neither: the rule alone */
  line?: number;
  cell?: [string, number];
}

const text = (what: string, from: string, to: string, rule: string, severity: 'warning' | 'error' = 'warning'): Planted => {
  const narrative = edit(from, to);
  return { what, narrative, rule, severity, line: lineOf(narrative, to) };
};

const CASES: Planted[] = [
  // §5 — problems of the tables that are not sums
  { what: '空表 with no statement why (neither in the table nor in the 说明)', options: { fundNote: null }, narrative: edit('本部门2025年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出表为空表。', '2025年本部门政府性基金预算支出情况见附表。'), rule: 'complete.empty_note', severity: 'warning', cell: ['政府性基金', 0] },
  { what: '绩效目标表 left as the empty template', options: { indicators: [['', ''], ['', '']] }, rule: 'review.empty_template', severity: 'warning', cell: ['绩效目标表', 8] },
  { what: '目录 lists a table the package does not contain', options: { toc: [...TOC, ['政府采购预算表', null]] }, rule: 'complete.toc', severity: 'warning', cell: ['目录', TOC.length + 2] },
  { what: '目录 lists an empty table as non-empty', options: { toc: TOC.map(([t, r]) => [t, t.startsWith('国有资本') ? null : r] as [string, string | null]) }, rule: 'complete.toc', severity: 'warning', cell: ['目录', 2 + TOC.findIndex(([t]) => t.startsWith('国有资本'))] },
  { what: 'no 绩效目标表 at all for projects with spending', options: { formsLeftOut: PROJECTS.map(([p]) => p) }, rule: 'review.project_performance', severity: 'warning', cell: ['表十一', 4] },
  { what: 'one project with spending has no 绩效目标表', options: { formsLeftOut: [PROJECTS[1][0]] }, rule: 'review.project_performance', severity: 'warning', cell: ['表十一', 5] },
  { what: '绩效目标表 of another unit', options: { formUnit: '云溪县气象局' }, rule: 'review.project_performance', severity: 'warning', cell: ['绩效目标表', 0] },
  // §3 — text defects of the 说明
  text('doubled word 「增加增加」', '增加42.17万元（', '增加增加42.17万元（', 'narrative.doubled_word'),
  text('placeholder 「12345」', '所属事业单位1个', '所属事业单位12345个', 'narrative.placeholder'),
  text('placeholder 「XX」', '两个内设机构', 'XX个内设机构', 'narrative.placeholder'),
  text('placeholder 「××」', '共有车辆1辆', '共有车辆××辆', 'narrative.placeholder'),
  text('placeholder 「＊＊」', '无单价50万元以上设备', '单价50万元以上设备＊＊台', 'narrative.placeholder'),
  text('stale year (a template of two years ago)', '2025年收入预算500.00万元', '2023年收入预算500.00万元', 'narrative.stale_year'),
  text('listed counts exceed their total', '共有车辆1辆，', '共有车辆2辆，其中：一般公务用车1辆、特种专业技术用车2辆，', 'narrative.parts_exceed_total', 'error'),
  text('a complete list short of its total within 尾差', '机关运行经费预算30.00万元，', '机关运行经费预算30.00万元，包括办公费20.00万元、水电费5.00万元、差旅费4.99万元，', 'narrative.parts_below_total'),
  // §3 — figures written the ways people write
  text('增减率 in brackets with no 增/降 word disagrees', '（9.21%）', '（8.21%）', 'narrative.rate_mismatch', 'error'),
  text('501 机关工资福利支出 against the 政府预算经济分类 table', '机关工资福利支出200.00万元', '机关工资福利支出210.00万元', 'narrative.amount_mismatch', 'error'),
  text('502 机关商品和服务支出', '机关商品和服务支出30.00万元', '机关商品和服务支出36.00万元', 'narrative.amount_mismatch', 'error'),
  text('505 对事业单位经常性补助', '对事业单位经常性补助80.00万元', '对事业单位经常性补助85.00万元', 'narrative.amount_mismatch', 'error'),
  text('509 对个人和家庭的补助', '对个人和家庭的补助10.00万元。', '对个人和家庭的补助19.00万元。', 'narrative.amount_mismatch', 'error'),
  text('较上年X万元增加Y万元 with a wrong prior', '较上年457.83万元增加42.17万元', '较上年475.83万元增加42.17万元', 'narrative.prior_stated_mismatch', 'error'),
  text('the department’s total as 「<部门名>预算…万元」', '2025年收入预算500.00万元，其中', `${DEPT}2025年预算510.00万元。2025年收入预算500.00万元，其中`, 'narrative.amount_mismatch', 'error'),
  { what: '目录 leaves out a table the package has', options: { toc: TOC.filter(([t]) => !t.includes('三公')) }, rule: 'complete.toc', severity: 'warning', cell: ['表八', 0] },
  { what: '目录 marks a table with data as 空表', options: { toc: TOC.map(([t, r]) => [t, t === '项目支出表' ? '空表' : r] as [string, string | null]) }, rule: 'complete.toc', severity: 'warning', cell: ['目录', 2 + TOC.findIndex(([t]) => t === '项目支出表')] },
  { what: 'a table of another year (title not updated)', sheets: (s) => poke(s, '表三', 0, 0, '2023年部门支出总表'), rule: 'review.table_year', severity: 'warning', cell: ['表三', 0] },
  { what: 'a table of another department mixed in (编制单位)', sheets: (s) => poke(s, '表二', 1, 0, '编制单位：云溪县气象局'), rule: 'review.department', severity: 'warning', cell: ['表二', -1] },
  { what: '「本表无数据」 on a table with data', sheets: (s) => s.map((x) => (x.name === '表十一' ? { ...x, rows: [...x.rows, ['注：本表无数据。']] } : x)), rule: 'review.empty_note', severity: 'warning', cell: ['表十一', -1] },
  text('doubled punctuation 「。。」', '主要原因是档案数字化加工项目增加。', '主要原因是档案数字化加工项目增加。。', 'narrative.doubled_punctuation'),
  text('「增加持平」', '与上年持平。\n十', '与上年增加持平。\n十', 'narrative.contradictory_change'),
  text('「万元元」', '一般公共预算拨款收入500.00万元', '一般公共预算拨款收入500.00万元元', 'narrative.unit_mixed'),
  text('a change with no reason', '（9.21%），主要原因是档案数字化加工项目增加。', '（9.21%）。', 'narrative.reason_missing'),
  text('增减率 with its 增 word disagrees', '（9.21%）', '（增长8.21%）', 'narrative.rate_mismatch', 'error'),
  text('a 类 amount written 「…（类）支出…」 after 「主要用于」', '一般公共服务（类）支出430.00万元', '一般公共服务（类）支出433.00万元', 'narrative.amount_mismatch', 'error'),
  text('「财政拨款收入…万元」 off', '2025年财政拨款收支总预算500.00万元', '2025年财政拨款收入510.00万元', 'narrative.amount_mismatch', 'error'),
  text('a 项 named with its code after it 「行政运行（2012601）」', '按部门预算经济分类', '行政运行（2012601）210.00万元。按部门预算经济分类', 'narrative.item_amount'),
  text('绩效 funds above 项目支出', '涉及资金180.00万元', '涉及资金198.00万元', 'narrative.performance_funds'),
  text('301 工资福利支出 against the 部门预算经济分类 table', '工资福利支出270.00万元', '工资福利支出275.00万元', 'narrative.amount_mismatch', 'error'),
  { what: 'a required part of the 说明 left out (名词解释)', narrative: edit('十六、名词解释\n机关运行经费：指为保障行政单位运行用于购买货物和服务的各项资金。', ''), rule: 'narrative.section_missing', severity: 'warning' },
  (() => {
    const narrative = edit('九、“三公”经费预算情况', '九、关于2025年“三公”经费').replace('“三公”经费预算6.00万元', '“三公”经费预算6.50万元');
    return { what: '“三公” total off under the heading 「关于2025年“三公”经费」 (合计 column without a “三公” word)', narrative, rule: 'narrative.amount_mismatch', severity: 'error' as const, line: lineOf(narrative, '6.50万元') };
  })(),
];

let clean: Analysis;
beforeAll(async () => {
  clean = await run();
});

test('the clean invented package balances and reports nothing but the info of rules it could not run', () => {
  expect(clean.findings.filter((f) => f.severity !== 'info').map(show)).toEqual([]);
});

const results: [string, string][] = [];
afterAll(() => {
  const found = results.filter(([, r]) => r === 'found').length;
  // eslint-disable-next-line no-console
  console.log(`planted warning-level problems found: ${found}/${CASES.length}\n${results.map(([w, r]) => `  ${r.padEnd(8)} ${w}`).join('\n')}`);
});

describe.each(CASES.map((c) => [c.what, c] as const))('planted: %s', (what, c) => {
  it(`is reported as ${c.rule} (${c.severity}) where it shows`, async () => {
    const a = await run(c.options, c.narrative, c.sheets);
    const hits = a.findings.filter((f) => f.rule === c.rule && f.severity === c.severity);
    const at = hits.filter((f) => (c.line ? f.line === c.line : !c.cell || findingCells(f).some((x) => x.sheet === c.cell![0] && (c.cell![1] < 0 || x.row === c.cell![1]))));
    results.push([what, at.length ? 'found' : hits.length ? 'misplaced' : 'missed']);
    expect(at.length ? [] : [`missed; findings: ${a.findings.filter((f) => f.severity !== 'info').map(show).join(' | ')}`]).toEqual([]);
  });
});

/** What a unit's figures or a reason given in the 说明 must never turn into: an error (or, for the reason, any finding). */
describe('never an error, or quiet', () => {
  const errorsOf = (a: Analysis) => a.findings.filter((f) => f.severity === 'error').map(show);
  it('an empty table whose reason only the 说明 states: complete.empty_note is quiet; without the 说明 it warns', async () => {
    expect((await run({ fundNote: null })).findings.filter((f) => f.rule === 'complete.empty_note').map(show)).toEqual([]);
    const tablesOnly = analyze(await buildGrids(warningPackage({ fundNote: null })));
    expect(tablesOnly.findings.filter((f) => f.rule === 'complete.empty_note').map((f) => f.severity)).toEqual(['warning']);
  });
  it.each([
    ['其中：云溪县档案馆支出预算80.00万元。'],
    ['云溪县档案馆2025年预算80.00万元，其中：基本支出50.00万元，项目支出30.00万元。'],
    ['2025年支出预算500.00万元，其中：云溪县档案馆支出80.00万元，局机关支出420.00万元。'],
  ])('a unit’s figures 「%s」 (the tables hold none per unit): a warning in doubt at most', async (s) => {
    const a = await run({}, edit('本部门2025年没有使用政府性基金预算拨款安排的支出，政府性基金预算支出表为空表。', `本部门无政府性基金预算支出。${s}`));
    expect(errorsOf(a)).toEqual([]);
    const line = lineOf(NARRATIVE, '十、政府性基金') + 1;
    expect(a.findings.filter((f) => f.line === line && f.rule === 'narrative.amount_mismatch').every((f) => f.severity === 'warning' && !!f.doubt)).toBe(true);
  });
  it('a section headed by a part of the department (「一、云溪县档案局下属事业单位」) is that part’s: in doubt', async () => {
    const narrative = `${NARRATIVE}\n十七、云溪县档案局下属事业单位\n2025年收入预算80.00万元。`;
    const a = await run({}, narrative);
    expect(errorsOf(a)).toEqual([]);
    expect(a.findings.filter((f) => f.rule === 'narrative.amount_mismatch').map((f) => [f.severity, f.line])).toEqual([['warning', lineOf(narrative, '收入预算80.00')]]);
  });
  it('「…（2012604）230.00万元，…。具体为：人员经费30.00万元」: the 科目’s breakdown in the next sentence is in doubt', async () => {
    const narrative = edit('2025年一般公共预算基本支出320.00万元，其中：人员经费280.00万元，公用经费40.00万元。',
      '2025年一般公共预算基本支出320.00万元，其中：人员经费280.00万元，公用经费40.00万元。\n档案馆（2012604）230.00万元，较上年增加10.00万元，主要原因是档案数字化加工项目增加。具体为：人员经费30.00万元，较上年无变化；公用经费20.00万元，较上年无变化。');
    const a = await run({}, narrative);
    expect(errorsOf(a)).toEqual([]);
    expect(a.findings.filter((f) => f.line === lineOf(narrative, '具体为')).map((f) => [f.rule, f.severity, !!f.doubt])).toEqual([
      ['narrative.amount_mismatch', 'warning', true], ['narrative.amount_mismatch', 'warning', true]]);
  });
  it('a paragraph led by 「机关商品和服务支出（502）30.00万元」: the 日常公用经费 stated in it are the 科目’s, in doubt', async () => {
    const narrative = edit('按部门预算经济分类', '②机关商品和服务支出（502）30.00万元，较上年增加2.00万元。2025年专项业务费10.00万元，日常公用经费20.00万元。按部门预算经济分类');
    const a = await run({}, narrative);
    expect(errorsOf(a)).toEqual([]);
    expect(a.findings.filter((f) => f.rule === 'narrative.amount_mismatch').map((f) => [f.severity, !!f.doubt])).toEqual([['warning', true]]);
  });
  it('「人员经费：①行政运行（2012601）200.00万元」: the 科目 named with its code owns the figure, not 人员经费', async () => {
    const narrative = edit('按部门预算经济分类', '从人员经费来看，（1）人员经费：①行政运行（2012601）200.00万元，较上年无变化。按部门预算经济分类');
    expect(errorsOf(await run({}, narrative))).toEqual([]);
    // the same figure said of 人员经费 itself is wrong
    expect(errorsOf(await run({}, edit('按部门预算经济分类', '人员经费：200.00万元。按部门预算经济分类'))).length).toBe(1);
  });
  it('the department’s own name before 预算 stays the whole: the right total gives nothing', async () => {
    const a = await run({}, edit('2025年收入预算500.00万元，其中', `${DEPT}2025年预算500.00万元。2025年收入预算500.00万元，其中`));
    expect(a.findings.filter((f) => f.severity !== 'info').map(show)).toEqual([]);
  });
});
