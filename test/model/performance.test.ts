/**
 * 绩效目标表 in the model: project forms as one line per project, summary tables with full project
 * names and 成本指标 texts, 整体 forms as named figures, indicator rows through model.indicators().
 */
import { fixturePath } from '../fixtures';
import { refToString } from '../../src/grid/address';
import { countIndicators } from '../../src/model/indicators';
import { amountIn } from '../../src/model/lines';
import type { BudgetModel } from '../../src/model/types';
import { recognizeFile } from '../recognize/load';

const models = new Map<string, BudgetModel>();
async function model(name: string): Promise<BudgetModel> {
  if (!models.has(name)) models.set(name, (await recognizeFile(fixturePath(name))).model);
  return models.get(name)!;
}

const fig = (m: BudgetModel, kind: 'performance_overall' | 'performance_project', name: string, sheet?: string) => {
  const t = sheet ? m.tables.find((x) => x.sheet === sheet) : undefined;
  const f = m.figure(kind, name, t);
  return f && `${f.value.toFixed(2)}@${refToString(f.cells[0])}`;
};

describe('项目支出绩效目标表 forms (永登: one sheet per project)', () => {
  it('one line per project with its full name and its 资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金', async () => {
    const m = await model('yongdeng-2024');
    const forms = m.tablesOf('performance_project');
    expect(forms.map((t) => t.lists[0].lines.map((l) => l.name))).toEqual([
      ['行政审批系统和电子监察系统线路（政务专网）租用费'],
      ['行政审批系统和电子监察系统线路（政务专网）租用及维护及大厅运行经费'],
      ['政务大厅云桌面租用经费'],
      ['政务服务一体化平台运维经费'],
    ]);
    const sheet = '项目绩效目标表(云桌面)';
    expect(fig(m, 'performance_project', '合计', sheet)).toBe(`3.00@${sheet}!D5`);
    expect(fig(m, 'performance_project', '财政拨款', sheet)).toBe(`3.00@${sheet}!D6`);
    const t = forms[2];
    const [list] = t.lists;
    expect(amountIn(list, list.lines[0], '上年结转')!.blank).toBe(true);
    expect(list.columns.every((c) => c.virtual && c.col > t.range.c1)).toBe(true);
  });

  it('the department comes from the 「部门（单位）名称」 row of the 整体 form', async () => {
    expect((await model('yongdeng-2024')).department).toBe('永登县政务服务中心');
  });
});

describe('项目绩效目标汇总表 (伊川, 栾川: one row per project)', () => {
  it('projects are items with their full names (the leading year kept) and 项目编码; units are unit lines', async () => {
    const m = await model('yichuan-2024');
    const lines = m.lines('performance_project');
    expect(lines.map((l) => [l.kind, l.name, l.itemCode ?? ''])).toEqual([
      ['unit', '伊川县政务服务中心', ''],
      ['unit', '伊川县政务服务中心', ''],
      ['item', '2024年系统建设与运维', '41032923000000138701'],
      ['item', '2024年保安保洁、免费邮寄复印等补充经费', '41032924000000005208'],
    ]);
    const [list] = m.tablesOf('performance_project')[0].lists;
    expect(['合计', '财政拨款'].map((r) => amountIn(list, lines[3], r)!.value.toString())).toEqual(['207', '207']);
  });

  it('Line.texts gives the 成本指标 text and value by column', async () => {
    const m = await model('yichuan-2024');
    const t = m.tablesOf('performance_project')[0];
    const cost = t.lists[0].columns.filter((c) => c.path.includes('成本指标'));
    const line = t.lists[0].lines.find((l) => l.name.includes('保安保洁'))!;
    expect(cost.map((c) => line.texts![c.col])).toEqual(['办公经费41万，水电费50万，保安保洁费用80万，免费复印6万，业务培训10万，服装费10万', '207万']);
  });
});

describe('整体支出绩效目标表 forms: named figures with cells', () => {
  it('永登: 人员经费, 公用经费, 基本支出合计 (also as 基本支出), 项目支出, 收入/支出预算合计, blank 上年结转资金', async () => {
    const m = await model('yongdeng-2024');
    const s = '整体支出绩效目标表';
    expect(['人员经费', '公用经费', '基本支出合计', '基本支出', '项目支出', '当年财政拨款', '收入预算合计', '支出预算合计'].map((n) => fig(m, 'performance_overall', n))).toEqual(
      [`82.42@${s}!D8`, `6.63@${s}!D9`, `89.05@${s}!D10`, `89.05@${s}!D10`, `48.00@${s}!D11`, `89.05@${s}!F8`, `48.00@${s}!F11`, `48.00@${s}!D12`],
    );
    expect(m.figure('performance_overall', '上年结转资金')!.blank).toBe(true);
  });

  it('伊川 and 栾川: 部门预算总额, 政府预算资金, 基本支出, 项目支出; no indicator percentages', async () => {
    const y = await model('yichuan-2024');
    expect(['部门预算总额', '政府预算资金', '基本支出', '项目支出'].map((n) => fig(y, 'performance_overall', n))).toEqual(['1145.25@整体绩效目标表!D7', '1145.25@整体绩效目标表!D8', '909.25@整体绩效目标表!D11', '236.00@整体绩效目标表!D12']);
    expect(y.tablesOf('performance_overall')[0].lists[0].lines.map((l) => l.name)).not.toContain('绩效目标编制完成率');
    const l = await model('luanchuan-2023');
    expect(['部门预算总额', '基本支出', '项目支出'].map((n) => fig(l, 'performance_overall', n))).toEqual(['595.94@Sheet12!C8', '178.90@Sheet12!C12', '417.04@Sheet12!C13']);
  });
});

describe('indicator rows: model.indicators(table) and countIndicators', () => {
  it('永登 整体 form: 3 一级, 11 二级, 11 三级 with texts, values and cells', async () => {
    const m = await model('yongdeng-2024');
    const t = m.tablesOf('performance_overall')[0];
    const inds = m.indicators(t);
    const c = countIndicators(inds);
    expect([c.level1.count, c.level2.count, c.level3.count]).toEqual([3, 11, 11]);
    expect(inds[0]).toMatchObject({ level1: '部门管理', level2: '资金投入', level3: '成本控制', value: '成本控制' });
    expect(refToString(inds[0].cells.level3)).toBe('整体支出绩效目标表!D14');
  });

  it('project forms count like the 说明 does; summary tables give indicators per project', async () => {
    const m = await model('yongdeng-2024');
    expect(m.tablesOf('performance_project').map((t) => countIndicators(m.indicators(t)).level3.count)).toEqual([8, 10, 10, 7]);
    expect(m.indicators(m.tablesOf('performance_project')[0])[0].project).toBe('行政审批系统和电子监察系统线路（政务专网）租用费');
    const y = await model('yichuan-2024');
    const inds = y.indicators(y.tablesOf('performance_project')[0]);
    expect(inds.filter((i) => i.level1 === '成本指标').map((i) => [i.project, i.value])).toEqual([['2024年系统建设与运维', '厉行节约'], ['2024年保安保洁、免费邮寄复印等补充经费', '207万']]);
    expect(y.indicators(y.tablesOf('income_expenditure_summary')[0])).toEqual([]);
  });
});

describe('sheet reports in the model', () => {
  it('every sheet of the workbook is reported', async () => {
    const m = await model('luanchuan-2023');
    expect(m.sheets.length).toBeGreaterThan(10);
    expect(m.sheets.every((s) => s.tables > 0 || s.reason)).toBe(true);
  });
});
