/** 绩效目标表 layouts of other provinces: amounts side by side in one row, a project list with indicator columns. */
import { recognizeWorkbook } from '../../src/recognize';
import { buildModel } from '../../src/model';
import { countIndicators } from '../../src/model/indicators';
import { amountIn } from '../../src/model/lines';
import type { CellValue } from '../../src/grid/types';
import { grid } from '../recognize/grid-builder';

describe('项目支出绩效目标表 with the amounts side by side in one row', () => {
  const rows: CellValue[][] = [
    ['2024年项目支出绩效目标表'],
    ['项目名称', '2024年城区道路养护', null, '主管部门', '某某县住建局'],
    ['资金总额', 50, '财政拨款', 45, '上年结转', null, '其他资金', 5],
    ['总体目标', '完成城区道路养护'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '养护道路里程', '≥20公里'],
    [null, '质量指标', '验收合格率', '100%'],
    ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
  ];
  const merges = [{ r0: 5, c0: 0, r1: 6, c1: 0 }];
  const m = buildModel(recognizeWorkbook([grid('项目', rows, merges)]));
  const t = m.tables[0];

  it('one project line with the full name (year kept) and each amount on its own cell; a blank 上年结转 stays blank', () => {
    expect(t.kind).toBe('performance_project');
    const [list] = t.lists;
    expect(list.lines.map((l) => l.name)).toEqual(['2024年城区道路养护']);
    const line = list.lines[0];
    expect(['合计', '财政拨款', '其他资金'].map((r) => `${amountIn(list, line, r)!.value}@${amountIn(list, line, r)!.cell.col}`)).toEqual(['50@1', '45@3', '5@7']);
    expect(amountIn(list, line, '上年结转')!.blank).toBe(true);
  });

  it('indicators with merged 一级 carried down', () => {
    const inds = m.indicators(t);
    expect(inds.map((i) => [i.level1, i.level2, i.level3, i.value])).toEqual([
      ['产出指标', '数量指标', '养护道路里程', '≥20公里'],
      ['产出指标', '质量指标', '验收合格率', '100%'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%'],
    ]);
    expect(countIndicators(inds).level2.count).toBe(3);
  });
});

describe('a list of projects with indicator columns (项目名称 merged over its indicator rows)', () => {
  it('each indicator names its project', () => {
    const rows: CellValue[][] = [
      ['2024年部门预算项目绩效目标表'], ['单位：万元'],
      ['项目名称', '资金总额', '一级指标', '二级指标', '三级指标', '指标值'],
      ['办公楼维修', 30, '产出指标', '数量指标', '维修面积', '1000平方米'],
      [null, null, '效益指标', '社会效益指标', '办公条件改善', '明显'],
      ['信息系统运维', 12, '产出指标', '时效指标', '故障修复时间', '≤24小时'],
    ];
    const merges = [{ r0: 3, c0: 0, r1: 4, c1: 0 }, { r0: 3, c0: 1, r1: 4, c1: 1 }];
    const m = buildModel(recognizeWorkbook([grid('s', rows, merges)]));
    const t = m.tables[0];
    expect(t.kind).toBe('performance_project');
    expect(m.indicators(t).map((i) => [i.project, i.level3])).toEqual([['办公楼维修', '维修面积'], ['办公楼维修', '办公条件改善'], ['信息系统运维', '故障修复时间']]);
    expect(t.lists[0].lines.filter((l) => l.kind === 'item').map((l) => l.name)).toEqual(['办公楼维修', '信息系统运维']);
  });
});

describe('labels above their values', () => {
  it('整体 form: 「资金总额 | 财政拨款 | 其他资金」 over the amounts', () => {
    const rows: CellValue[][] = [
      ['部门整体支出绩效目标申报表'], ['（2024年度）'],
      ['部门名称', '某某县卫生健康局', null, null],
      ['年度预算申请（万元）', '资金总额', '财政拨款', '其他资金'],
      [null, 1000, 900, 100],
      ['年度总体目标', '保障全县医疗卫生服务'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '家庭医生签约人数', '≥5万人'],
    ];
    const m = buildModel(recognizeWorkbook([grid('整体', rows)]));
    expect(m.tables[0].kind).toBe('performance_overall');
    expect(['部门预算总额', '当年财政拨款', '其他资金'].map((n) => `${m.figure('performance_overall', n)?.value}@${m.figure('performance_overall', n)?.cells[0].row}`)).toEqual(['1000@4', '900@4', '100@4']);
    expect(m.department).toBe('某某县卫生健康局');
  });

  it('项目 form: amounts below their labels', () => {
    const rows: CellValue[][] = [
      ['项目支出绩效目标表'], ['项目名称', '乡村医生补助'],
      ['项目资金（万元）', '年度资金总额', '财政拨款', '其他资金'],
      [null, 20, 20, null],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '补助人数', '120人'],
    ];
    const m = buildModel(recognizeWorkbook([grid('项目', rows)]));
    const [list] = m.tables[0].lists;
    expect(list.lines.map((l) => l.name)).toEqual(['乡村医生补助']);
    expect(['合计', '财政拨款'].map((r) => amountIn(list, list.lines[0], r)!.value.toString())).toEqual(['20', '20']);
    expect(amountIn(list, list.lines[0], '其他资金')!.blank).toBe(true);
  });
});

describe('several project forms under one title', () => {
  it('one line per 「项目名称」, each indicator with its own project', () => {
    const block = (name: string, amount: number, ind: string): CellValue[][] => [
      ['项目名称', name], ['年度资金总额', amount], ['一级指标', '二级指标', '三级指标', '指标值'], ['产出指标', '数量指标', ind, '1项'],
    ];
    const rows: CellValue[][] = [['2024年项目支出绩效目标表'], ...block('档案数字化', 8, '数字化卷数'), ...block('普法宣传', 3, '宣传场次')];
    const m = buildModel(recognizeWorkbook([grid('项目', rows)]));
    const t = m.tables[0];
    expect(t.lists[0].lines.map((l) => [l.name, amountIn(t.lists[0], l, '合计')!.value.toString()])).toEqual([['档案数字化', '8'], ['普法宣传', '3']]);
    expect(m.indicators(t).map((i) => [i.project, i.level3])).toEqual([['档案数字化', '数字化卷数'], ['普法宣传', '宣传场次']]);
  });
});

describe('indicator header variants', () => {
  it('「指标内容」 and 「指标值（包含数字及文字描述）」', () => {
    const rows: CellValue[][] = [
      ['项目支出绩效目标表'], ['项目名称', '森林防火'], ['年度资金总额', 6],
      ['一级指标', '二级指标', '指标内容', '指标值（包含数字及文字描述）'],
      ['产出指标', '数量指标', '巡护里程', '≥300公里'],
    ];
    const m = buildModel(recognizeWorkbook([grid('项目', rows)]));
    expect(m.indicators(m.tables[0]).map((i) => [i.level1, i.level2, i.level3, i.value, i.project])).toEqual([['产出指标', '数量指标', '巡护里程', '≥300公里', '森林防火']]);
  });
});

describe('one form per page, each with its title, indicators with 一级 and 二级 merged down (issue 17 §2)', () => {
  it('every project keeps its amounts and its indicators; merged levels are carried down', () => {
    const form = (name: string, amount: number, inds: [string, string][]): CellValue[][] => [
      ['项目支出绩效目标表'],
      ['项目名称', name, null, null],
      ['资金总额', amount, '财政拨款', amount],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ...inds.map(([l3, v], i) => [i === 0 ? '产出指标' : null, i === 0 ? '数量指标' : null, l3, v] as CellValue[]),
      [null, null, null, null],
    ];
    const a = form('校园安全改造', 120, [['改造校舍面积', '≥2000平方米'], ['安装监控点位', '≥80个'], ['完成时限', '2025年底']]);
    const b = form('教师培训', 80, [['培训人次', '≥500人次'], ['培训天数', '≥5天']]);
    const rows = [...a, ...b];
    // 一级 and 二级 merged down over each form's indicator rows
    const merges = [
      { r0: 4, c0: 0, r1: 6, c1: 0 }, { r0: 4, c0: 1, r1: 6, c1: 1 },
      { r0: a.length + 4, c0: 0, r1: a.length + 5, c1: 0 }, { r0: a.length + 4, c0: 1, r1: a.length + 5, c1: 1 },
    ];
    const m = buildModel(recognizeWorkbook([grid('项目绩效', rows, merges)]));
    const tables = m.tablesOf('performance_project');
    const lines = tables.flatMap((t) => t.lists.flatMap((l) => l.lines.map((x) => [x.name, amountIn(l, x, '合计')!.value.toString()])));
    expect(lines).toEqual([['校园安全改造', '120'], ['教师培训', '80']]);
    const inds = tables.flatMap((t) => m.indicators(t)).map((i) => [i.project, i.level1, i.level2, i.level3]);
    expect(inds).toEqual([
      ['校园安全改造', '产出指标', '数量指标', '改造校舍面积'],
      ['校园安全改造', '产出指标', '数量指标', '安装监控点位'],
      ['校园安全改造', '产出指标', '数量指标', '完成时限'],
      ['教师培训', '产出指标', '数量指标', '培训人次'],
      ['教师培训', '产出指标', '数量指标', '培训天数'],
    ]);
  });
});
