/**
 * Hierarchies inside one table printed in ways the corpus showed (issues 13, 17): invented
 * figures; for each layout the balanced table gives no error and a planted wrong figure in the
 * same layout is still an error.
 */
import type { CellValue } from '../../src/grid/types';
import type { Finding } from '../../src/findings';
import { buildModel } from '../../src/model';
import { recognizeWorkbook } from '../../src/recognize';
import { grid } from '../recognize/grid-builder';
import { checkSheets } from './check-sheets';

const errors = (fs: Finding[]) => fs.filter((f) => f.severity === 'error' || f.rule === 'rules.internal').map((f) => f.message);

describe('一般公共预算支出表 listing units, each with 类 / 款 printed short / 项 (「208 / 05 / 2080505」)', () => {
  const rows = (kuan: number): CellValue[][] => [
    ['2025年一般公共预算支出明细表（按支出功能分类科目）'],
    ['单位：万元'],
    ['功能科目编码', '功能科目名称', '合计', '人员经费支出', '公用经费支出', '专项业务经费支出'],
    [null, '合计', 300, 150, 50, 100],
    ['888001', '某某局', 200, 100, 30, 70],
    ['208', '社会保障和就业支出', 40, 40, null, null],
    ['05', '行政事业单位养老支出', kuan, 30, null, null],
    ['2080505', '机关事业单位基本养老保险缴费支出', 30, 30, null, null],
    ['99', '其他社会保障和就业支出', 10, 10, null, null],
    ['2089999', '其他社会保障和就业支出', 10, 10, null, null],
    ['201', '一般公共服务支出', 160, 60, 30, 70],
    ['10', '人力资源事务', 160, 60, 30, 70],
    ['2011001', '行政运行', 90, 60, 30, null],
    ['2011007', '公务员考核', 70, null, null, 70],
    ['888002', '某某中心', 100, 50, 20, 30],
    ['221', '住房保障支出', 100, 50, 20, 30],
    ['02', '住房改革支出', 100, 50, 20, 30],
    ['2210201', '住房公积金', 100, 50, 20, 30],
  ];
  test('the 款 is read as 类 + its 2 digits: no error', () => {
    expect(errors(checkSheets([grid('表5', rows(30))]))).toEqual([]);
  });
  test('a 款 that does not total its 项 is still an error', () => {
    const e = errors(checkSheets([grid('表5', rows(35))]));
    expect(e.some((m) => m.includes('行政事业单位养老支出'))).toBe(true);
  });
});

describe('经济科目 subdivided to 7 digits (「301 / 30101 / 3010201」)', () => {
  const rows = (sub: number): CellValue[][] => [
    ['2025年一般公共预算基本支出表'],
    ['单位：万元'],
    ['部门经济科目编码', '部门经济科目名称', '政府经济科目编码', '政府经济科目名称', '合计', '人员经费', '公用经费'],
    [null, '合计', null, null, 120, 100, 20],
    ['301', '工资福利支出', null, null, 100, 100, null],
    ['30101', '基本工资', '50101', '工资奖金津补贴', 40, 40, null],
    ['3010201', '津贴补贴', '50101', '工资奖金津补贴', sub, sub, null],
    ['3010202', '改革性补贴', '50101', '工资奖金津补贴', 25, 25, null],
    ['302', '商品和服务支出', null, null, 20, null, 20],
    ['30201', '办公费', '50201', '办公经费', 20, null, 20],
  ];
  test('the 7-digit lines are parts of their 类: no error', () => {
    expect(errors(checkSheets([grid('表7', rows(35))]))).toEqual([]);
  });
  test('a wrong 7-digit line is an error of its 类', () => {
    const e = errors(checkSheets([grid('表7', rows(36))]));
    expect(e.some((m) => m.includes('工资福利支出'))).toBe(true);
  });
});

describe('整体支出绩效目标表 listing 年度主要任务 with 「总额 | 财政拨款 | 其他资金」 and a 「金额合计」 row', () => {
  const fiscal = (total: number): CellValue[][] => [
    ['2025年部门财政拨款收支总表'],
    ['部门名称：某某局', null, null, '单位：万元'],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款', total, '一、一般公共服务支出', total],
    ['本年收入合计', total, '本年支出合计', total],
    ['收入总计', total, '支出总计', total],
  ];
  const overall = (task2: number): CellValue[][] => [
    ['2025年部门整体支出绩效目标表'],
    ['部门（单位）名称', null, '某某局', null, null],
    ['任务名称', '主要内容', '预算金额（万元）', null, null],
    [null, null, '总额', '财政拨款', '其他资金'],
    ['机关运行', '人员经费及单位运转经费。', 200, 200, null],
    ['专项业务', '开展某某专项工作。', task2, task2, null],
    ['金额合计', null, 200 + task2, 200 + task2, null],
    ['一级指标', '二级指标', '三级指标', '指标值', null],
    ['产出指标', '数量指标', '办理事项', '≥100件', null],
  ];
  const check = (fiscalTotal: number, task2: number) =>
    checkSheets([grid('表四', fiscal(fiscalTotal)), { ...grid('整体', overall(task2)), index: 1 }]).filter((f) => f.rule === 'perf.overall_budget');

  test('the figure is the 金额合计 row, not the first task: the package balances', () => {
    expect(check(300, 100)).toEqual([]);
  });
  test('a task named like a figure (「人员经费及单位运行经费」) is no 人员经费', () => {
    const rows = overall(100).map((r) => (r[0] === '机关运行' ? ['人员经费及单位运行经费', null, 200, 200, null] : r));
    const basic: CellValue[][] = [['2025年一般公共预算基本支出表'], ['单位：万元'], ['部门支出经济分类科目', '合计', '人员经费', '公用经费'], ['301 工资福利支出', 90, 90, null], ['302 商品和服务支出', 30, null, 30], ['合计', 120, 90, 30]];
    const fs = checkSheets([grid('表四', fiscal(300)), { ...grid('表六', basic), index: 1 }, { ...grid('整体', rows), index: 2 }]).filter((f) => f.rule === 'perf.overall_budget');
    expect(fs.filter((f) => f.message.includes('人员经费'))).toEqual([]);
  });
  test('tasks that do not cover the 财政拨款: a warning saying the figure is a task list total', () => {
    const fs = check(300, 80);
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].message).toMatch(/^未能确认.*的读数：「财政拨款」取自按任务列示的「金额合计」行/);
  });
});

describe('政府采购表 with 「部门预算支出经济科目编码」 columns after 数量 (西安), units over their items', () => {
  // 科目编码 类/款/项 | 单位编码 | 采购项目 | 采购目录 | 购买服务内容 | 规格型号 | 数量 | 经济科目编码 类/款 | 时间 | 预算金额
  const rows = (unitB: number): CellValue[][] => [
    ['2025年政府采购预算表'],
    [null, null, null, null, null, null, null, null, null, null, null, null, null, '单位：元'],
    ['科目编码', null, null, '单位编码', '采购项目', '采购目录', '购买服务内容', '规格型号', '数量', '部门预算支出经济科目编码', null, '实施采购时间', '预算金额'],
    ['类', '款', '项', null, null, null, null, null, null, '类', '款', null, null],
    [null, null, null, null, '合计', null, null, null, 5, null, null, null, 900000],
    ['201', '01', '01', '888001', '某某局', null, null, null, 3, null, null, null, 600000],
    ['201', '01', '01', null, '办公设备购置', 'A02010104台式计算机', null, 'i5/16G', 2, '310', '02', '2025年', 200000],
    ['201', '01', '01', null, '信息系统运维', 'C0206运行维护服务', null, null, 1, '302', '13', '2025年', 400000],
    ['201', '01', '01', '888002', '某某中心', null, null, null, 2, null, null, null, unitB],
    ['201', '01', '01', null, '公务用车购置', 'A02030501轿车', null, '1.6L', 1, '310', '13', '2025年', 180000],
    ['201', '01', '01', null, '房屋修缮', 'B08修缮工程', null, null, 1, '302', '13', '2025年', 120000],
  ];
  const merges = [{ r0: 2, c0: 0, r1: 2, c1: 2 }, { r0: 2, c0: 9, r1: 2, c1: 10 }];
  const sums = (unitB: number) => errors(checkSheets([grid('表12', rows(unitB), merges)]));
  test('one list (the 支出 in a code header names no side): no error', () => {
    expect(sums(300000)).toEqual([]);
  });
  test('a unit that does not total its items is an error', () => {
    expect(sums(310000).some((m) => m.includes('某某中心'))).toBe(true);
  });
});

describe('“三公”经费表 with year blocks 「2024 年 | 2025年 | 增减变化情况」, each with 会议费/培训费', () => {
  const block = ['合计', '因公出国（境）费用', '公务接待费', '公务用车购置及运行费', '会议费', '培训费'];
  const year = (y: string): CellValue[] => [y, null, null, null, null, null];
  const rows = (unit2025: number): CellValue[][] => [
    ['2025年部门综合预算一般公共预算拨款“三公”经费、会议费、培训费表'],
    ['单位：元'],
    ['序号', '单位编码', '单位名称', ...year('2024 年'), ...year('2025年'), ...year('增减变化情况')],
    [null, null, null, ...block, ...block, ...block],
    [1, null, '合计', 100, 0, 40, 10, 30, 20, 120, 0, 40, 20, 50, 10, 20, 0, 0, 10, 20, -10],
    [2, '888001', '某某局', 100, 0, 40, 10, 30, 20, unit2025, 0, 40, 20, 50, 10, 20, 0, 0, 10, 20, -10],
  ];
  const merges = [0, 1, 2].map((c) => ({ r0: 2, c0: c, r1: 3, c1: c })).concat([3, 9, 15].map((c) => ({ r0: 2, c0: c, r1: 2, c1: c + 5 })));
  test('会议费 and 培训费 are the budget year’s, not the prior year’s or the change', () => {
    const m = buildModel(recognizeWorkbook([grid('表13', rows(120), merges)]));
    expect(m.figure('three_public_expenses', '会议费')?.value.toString()).toBe('50');
    expect(m.figure('three_public_expenses', '培训费')?.value.toString()).toBe('10');
    expect(m.figure('three_public_expenses', '公务接待费')?.value.toString()).toBe('40');
  });
  test('a unit line that does not match the 合计 in the budget year is still an error', () => {
    expect(errors(checkSheets([grid('表13', rows(120), merges)]))).toEqual([]);
    expect(errors(checkSheets([grid('表13', rows(130), merges)])).length).toBeGreaterThan(0);
  });
});

describe('政府性基金支出表 listing leaf lines at mixed levels (项 lines and a 款 without 项, no 类 lines)', () => {
  const rows = (total: number): CellValue[][] => [
    ['2025年政府性基金预算支出表'],
    ['单位：万元'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ['2120803', '城市建设支出', 20.5, null, 20.5],
    ['2121401', '污水处理设施建设和运营', 300, null, 300],
    ['21298', '超长期特别国债安排的支出', 100, null, 100],
    [null, '合计', total, null, total],
  ];
  test('合计 = every top line (no line is another’s parent): no error', () => {
    expect(errors(checkSheets([grid('表7', rows(420.5))]))).toEqual([]);
  });
  test('a 合计 that is not their sum is an error', () => {
    expect(errors(checkSheets([grid('表7', rows(430.5))])).length).toBeGreaterThan(0);
  });
});

describe('「编制单位」「：某某室」 cut at the colon above the header (上海)', () => {
  const rows = (basic: number): CellValue[][] => [
    ['2026年预算单位一般公共预算支出功能分类预算表'],
    ['编制单位', '：某某活动室', null, null, null, '单位：元'],
    ['功能分类科目编码', null, '功能分类科目名称', '一般公共预算支出', null, null],
    [null, null, null, '合计', '基本支出', '项目支出'],
    ['213', null, '农林水支出', 800, basic, 100],
    ['213', '01', '农业农村', 800, basic, 100],
    [null, null, '合计', 800, basic, 100],
  ];
  const merges = [{ r0: 2, c0: 0, r1: 2, c1: 1 }, { r0: 2, c0: 3, r1: 2, c1: 5 }];
  test('the line is no header row: 合计 = 基本支出 + 项目支出, no error', () => {
    expect(errors(checkSheets([grid('表5', rows(700), merges)]))).toEqual([]);
  });
  test('a 合计 that is not 基本支出 + 项目支出 is an error', () => {
    expect(errors(checkSheets([grid('表5', rows(690), merges)])).length).toBeGreaterThan(0);
  });
});

describe('整体支出绩效目标表 with 「预算支出总额 | 财政拨款 | 其他资金」 each over 「合计 | 基本支出 | 项目支出」 (北京)', () => {
  const fiscal: CellValue[][] = [
    ['2026年财政拨款收支总表'],
    ['单位：万元'],
    ['收入', null, '支出', null],
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算资金', 300, '一、一般公共服务支出', 320],
    ['本年收入合计', 300, '本年支出合计', 320],
    ['上年结转', 20, '年终结转结余', null],
    ['收入总计', 320, '支出总计', 320],
  ];
  const basic = (total: number): CellValue[][] => [
    ['2026年一般公共预算基本支出表'],
    ['单位：万元'],
    ['部门支出经济分类科目', '合计', '人员经费', '公用经费'],
    ['301 工资福利支出', total, total, null],
    ['合计', total, total, null],
  ];
  const overall: CellValue[][] = [
    ['预算13表 部门整体支出绩效目标表'],
    ['部门名称', '某某局', null, null, null, null, null],
    ['总体资金情况（万元）', '预算支出总额', '财政拨款', null, null, '其他资金', null],
    [null, null, '合计', '基本支出', '项目支出', '合计', '基本支出'],
    [null, 330, 320, 120, 200, 10, 10],
    ['一级指标', '二级指标', '三级指标', '指标值', null, null, null],
    ['产出指标', '数量指标', '办理事项', '≥100件', null, null, null],
  ];
  const merges = [{ r0: 2, c0: 1, r1: 3, c1: 1 }, { r0: 2, c0: 2, r1: 2, c1: 4 }, { r0: 2, c0: 5, r1: 2, c1: 6 }];
  const check = (basicTotal: number) =>
    checkSheets([grid('表一', fiscal), { ...grid('表六', basic(basicTotal)), index: 1 }, { ...grid('整体', overall, merges), index: 2 }]).filter((f) => f.rule === 'perf.overall_budget');
  test('财政拨款 is the 合计 under it (320, not 0) and, 上年结转 possibly included, only in doubt against 本年收入合计', () => {
    const fs = check(120);
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].message).toMatch(/^未能确认.*「财政拨款」栏按资金来源列示/);
    expect(fs[0].message).toContain('320');
  });
  test('a 基本支出 that does not match the 基本支出表 is still an error', () => {
    expect(check(110).some((f) => f.severity === 'error' && f.message.includes('基本支出'))).toBe(true);
  });
});
