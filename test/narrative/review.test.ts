/**
 * The reviewer's 说明 checks (src/narrative/check/review), each with an invented sentence that
 * passes and one that fails, on a small invented model (支出 200 = 基本 150 + 项目 50 万元).
 */
import { checkNarrative } from '../../src/narrative';
import { list, model, table } from '../rules/build';

/** A list whose amount columns carry their roles (合计/基本支出/项目支出), as recognition gives them. */
const withRoles = (l: ReturnType<typeof list>) => ({ ...l, columns: l.columns.map((c) => (c.type === 'amount' ? { ...c, role: c.path[0] } : c)) });
const budget = (stage: '预算' | '决算' = '预算', extra: Parameters<typeof table>[4] = {}) => model(
  table('支出总表', 'expenditure_summary', [withRoles(list('支出总表', 'main', [['合计'], ['基本支出'], ['项目支出']], [
    { name: '合计', kind: 'total', amounts: [200, 150, 50] },
    { name: '农林水支出', code: '213', amounts: [200, 150, 50] },
  ]))], '万元', { stage, department: '某某县林业局', year: 2025, ...extra }),
  table('一般公共预算', 'general_budget_expenditure', [list('一般公共预算', 'main', [['合计']], [
    { name: '合计', kind: 'total', amounts: [200] },
    { name: '农林水支出', code: '213', amounts: [200] },
    { name: '林业和草原', code: '21302', amounts: [200] },
    { name: '行政运行', code: '2130201', amounts: [120] },
    { name: '森林资源管理', code: '2130205', amounts: [80] },
  ])], '万元', { stage, year: 2025 }),
);
const rules = (text: string, m = budget(), options: Parameters<typeof checkNarrative>[3] = { review: true }) =>
  checkNarrative(text, m, undefined, options).map((f) => f.rule);
const of = (text: string, rule: string, m = budget(), options: Parameters<typeof checkNarrative>[3] = { review: true }) =>
  checkNarrative(text, m, undefined, options).filter((f) => f.rule === `narrative.${rule}`);

describe('required sections', () => {
  const whole = ['一、部门主要职能', '二、机构设置', '三、收支预算总体情况', '四、收入预算情况', '五、支出预算情况', '六、财政拨款收支预算情况',
    '七、一般公共预算支出情况', '八、一般公共预算基本支出情况', '九、“三公”经费情况', '十、政府性基金预算支出情况：无。', '十一、国有资本经营预算支出情况：无。',
    '十二、机关运行经费', '十三、政府采购情况', '十四、国有资产占有使用情况', '十五、绩效目标设置情况', '十六、名词解释'];
  test('all there (「无」 counts) → none; one missing → a warning naming it', () => {
    expect(of(whole.join('\n'), 'section_missing')).toEqual([]);
    const fs = of(whole.filter((l) => !l.includes('国有资产')).join('\n'), 'section_missing');
    expect(fs.map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringContaining('「国有资产占有使用情况」')]]);
  });
  test('a 决算 说明 also needs the 完成年初预算 statements', () => {
    expect(of(whole.join('\n'), 'section_missing', budget('决算')).map((f) => f.message)).toEqual([expect.stringContaining('完成年初预算情况')]);
    expect(of([...whole, '支出决算200万元，完成年初预算的100%。'].join('\n'), 'section_missing', budget('决算'))).toEqual([]);
  });
  test('a pasted sentence is not a whole 说明: no section warnings unless asked', () => {
    expect(rules('支出合计200万元。', budget(), {})).not.toContain('narrative.section_missing');
  });
});

describe('reasons for changes', () => {
  test('a 三公 change with its reason → none; without → a warning; 持平 needs none', () => {
    expect(of('2025年“三公”经费预算12万元，比上年减少3万元，主要原因是压减公务接待。', 'reason_missing')).toEqual([]);
    expect(of('2025年“三公”经费预算12万元，比上年持平。', 'reason_missing')).toEqual([]);
    const fs = of('2025年“三公”经费预算12万元，比上年减少3万元，下降20%。', 'reason_missing');
    expect(fs.map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringContaining('三公经费减少3万元，但没有说明增减原因')]]);
    expect(fs[0].line).toBe(1);
  });
  test('the reason opening the next paragraph counts', () => {
    expect(of('机关运行经费支出10.5万元，比上年增加2万元。\n主要原因是新增办公用房。', 'reason_missing')).toEqual([]);
  });
  test('a placeholder reason is a warning', () => {
    expect(of('收入预算200万元，比上年增加10万元，主要原因是XX。', 'reason_placeholder').map((f) => f.severity)).toEqual(['warning']);
    expect(of('收入预算200万元，比上年增加10万元，主要原因是人员增加。', 'reason_placeholder')).toEqual([]);
  });
});

describe('years', () => {
  test('the budget year and the year before are fine; another year is stale, its amount still compared', () => {
    expect(of('2025年部门预算支出200万元，2024年部门预算支出180万元。', 'stale_year')).toEqual([]);
    const fs = of('2022年支出预算210万元。', 'stale_year');
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].message).toContain('既不是2025年（本年度）也不是2024年（上年）');
    expect(fs[0].message).toContain('与表中200.00万元不符');
  });
  test('a range of years is not a budget year', () => {
    expect(of('根据2021—2025年规划，2025年部门预算支出200万元。', 'stale_year')).toEqual([]);
  });
});

describe('department name', () => {
  const filler = '本部门负责全县林业工作。'.repeat(30);
  test('the tables\' department named in the 说明 → none; another → a warning', () => {
    expect(of(`某某县林业局2025年部门预算说明。${filler}`, 'department_name')).toEqual([]);
    expect(of(`某某县水利局2025年部门预算说明。${filler}`, 'department_name').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('决算 wording', () => {
  const final = () => budget('决算');
  test('「决算数小于年初预算数」 against the stated figures', () => {
    expect(of('支出决算190万元，年初预算200万元，决算数小于年初预算数。', 'final_comparison', final())).toEqual([]);
    expect(of('支出决算190万元，年初预算200万元，决算数大于年初预算数。', 'final_comparison', final()).map((f) => f.severity)).toEqual(['warning']);
  });
  test('「完成年初预算的xx%」 against the stated figures', () => {
    expect(of('支出决算190万元，年初预算200万元，完成年初预算的95%。', 'completion_rate', final())).toEqual([]);
    const fs = of('支出决算190万元，年初预算200万元，完成年初预算的97%。', 'completion_rate', final());
    expect(fs.map((f) => [f.severity, f.expected])).toEqual([['warning', '95.00%']]);
  });
});

describe('政府采购 and 绩效', () => {
  test('总额 = 货物 + 工程 + 服务', () => {
    expect(of('2025年政府采购预算总额30万元，其中：货物10万元，工程5万元，服务15万元。', 'procurement_parts')).toEqual([]);
    expect(of('2025年政府采购预算总额30万元，其中：货物10万元，工程5万元，服务17万元。', 'procurement_parts').map((f) => [f.severity, f.expected])).toEqual([['warning', '32.00']]);
  });
  test('中小企业预留 ≤ 总额', () => {
    expect(of('政府采购预算总额30万元，面向中小企业预留20万元。', 'procurement_reserved')).toEqual([]);
    expect(of('政府采购预算总额30万元，面向中小企业预留35万元。', 'procurement_reserved').length).toBe(1);
  });
  test('涉及项目资金 ≤ 项目支出', () => {
    expect(of('实行绩效目标管理的项目3个，涉及资金50万元。', 'performance_funds')).toEqual([]);
    expect(of('实行绩效目标管理的项目3个，涉及资金60万元。', 'performance_funds').map((f) => f.expected)).toEqual(['≤ 50.00']);
  });
  test('项目支出 > 0 with no 绩效 anywhere', () => {
    expect(of('项目支出50万元。', 'performance_missing')).toHaveLength(1);
    expect(of('项目支出50万元，均已设置绩效目标。', 'performance_missing')).toEqual([]);
  });
});

describe('项 above a threshold explained', () => {
  test('off without a threshold; with 100 万元 the 行政运行 line (120) must be named', () => {
    expect(of('一般公共预算支出200万元。', 'item_unexplained')).toEqual([]);
    const fs = of('一般公共预算支出200万元。', 'item_unexplained', budget(), { review: true, explainThreshold: 100 });
    expect(fs.map((f) => f.message)).toEqual([expect.stringContaining('2130201 行政运行')]);
    expect(of('行政运行（项）120万元。', 'item_unexplained', budget(), { review: true, explainThreshold: 100 })).toEqual([]);
  });
});

describe('change wording and text hygiene', () => {
  it.each([
    ['contradictory_change', '基本支出150万元，比上年增加持平。', '基本支出150万元，与上年持平。'],
    ['direction_conflict', '基本支出150万元，比上年减少10万元，增长6.25%。', '基本支出150万元，比上年减少10万元，下降6.25%。'],
    ['change_from_zero', '政府性基金支出0万元，比上年增加5万元。', '政府性基金支出0万元，比上年减少5万元。'],
    ['doubled_word', '基本支出150万元，比上年减少减少10万元。', '基本支出150万元，比上年减少10万元。'],
    ['doubled_punctuation', '基本支出150万元。。', '基本支出150万元。'],
    ['placeholder', '项目支出12345万元。', '项目支出50万元。'],
    ['placeholder', '公用经费＊＊万元。', '公用经费15万元。'],
    ['unit_mixed', '基本支出150万元，比上年增加10000元。', '基本支出150万元，比上年增加1万元。'],
    ['precision_excess', '基本支出150.005万元。', '基本支出150.01万元。'],
    ['negative_amount', '基本支出150万元，比上年增加-10万元。', '基本支出150万元，比上年减少10万元。'],
  ])('%s', (rule, bad, good) => {
    const fs = of(bad, rule);
    expect(fs.map((f) => f.severity)).toEqual(['warning']);
    expect(fs[0].line).toBe(1);
    expect(of(good, rule)).toEqual([]);
  });
});

test('every review finding is a warning, never an error', () => {
  const text = '2022年部门预算支出210万元，比上年增加持平。。主要原因是……。政府采购预算总额30万元，其中：货物10万元，工程5万元，服务17万元。';
  const review = checkNarrative(text, budget(), undefined, { review: true }).filter((f) => /section_missing|reason|stale_year|procurement|contradictory|doubled/.test(f.rule));
  expect(review.length).toBeGreaterThan(3);
  expect(review.every((f) => f.severity === 'warning')).toBe(true);
});

describe('科目 named 「类-款-项」 or by code', () => {
  test('the amount of the 项 line passes; another amount is a warning with the line\'s cell', () => {
    expect(of('农林水支出-林业和草原-行政运行120万元。', 'item_amount')).toEqual([]);
    expect(of('2130205森林资源管理支出80万元。', 'item_amount')).toEqual([]);
    const fs = of('农林水支出-林业和草原-行政运行125万元。', 'item_amount');
    expect(fs.map((f) => [f.severity, f.expected, f.actual])).toEqual([['warning', '120.00', '125']]);
    expect(fs[0].cells).toHaveLength(1);
    expect(of('2130205森林资源管理支出85万元。', 'item_amount').map((f) => f.expected)).toEqual(['80.00']);
  });
  test('a 项 whose 款 name differs is not compared', () => {
    expect(of('农林水支出-水利-行政运行125万元。', 'item_amount')).toEqual([]);
  });
});

describe('counts and complete lists', () => {
  const withPerf = () => {
    const m = budget();
    const perf = (id: string, project: string) => table(id, 'performance_project', [list(id, 'main', [['资金总额']], [{ name: project, amounts: [25] }])], '万元', { id, title: `${project}绩效目标表` });
    return model(...m.tables, perf('绩效1', '森林防火'), perf('绩效2', '林木管护'));
  };
  test('projects with 绩效目标 against the 绩效目标表 forms', () => {
    expect(of('2025年实行绩效目标管理的项目2个，涉及资金50万元。', 'project_count', withPerf())).toEqual([]);
    expect(of('2025年实行绩效目标管理的项目3个，涉及资金50万元。', 'project_count', withPerf()).map((f) => [f.severity, f.expected])).toEqual([['warning', '2']]);
  });
  test('a list said complete adding up to less than its total', () => {
    expect(of('支出预算200万元，包括基本支出150万元、项目支出50万元。', 'parts_below_total')).toEqual([]);
    expect(of('支出预算200万元，其中基本支出150万元。', 'parts_below_total')).toEqual([]);
    const fs = of('支出预算200万元，包括基本支出150万元、项目支出40万元。', 'parts_below_total');
    expect(fs.map((f) => [f.severity, f.actual])).toEqual([['warning', '190.00']]);
    expect(of('支出预算200.02万元，包括基本支出150.01万元、项目支出50万元。', 'parts_below_total').map((f) => f.rounding)).toEqual([true]);
  });
});

describe('收入总计 and 支出总计 change together', () => {
  test('the same change passes; opposite directions are a warning', () => {
    expect(of('收入总计200万元，比上年增加10万元。支出总计200万元，比上年增加10万元。', 'totals_change_differ')).toEqual([]);
    expect(of('收入总计200万元，比上年增加10万元。支出总计200万元，比上年减少10万元。', 'totals_change_differ').map((f) => f.severity)).toEqual(['warning']);
  });
});

describe('部门 vs 单位', () => {
  const titled = (title: string) => model(...budget().tables.map((t) => ({ ...t, title })));
  test('a 说明 titled like the tables passes; 「单位预算」 over 部门预算 tables is a warning', () => {
    expect(of('某某县林业局2025年部门预算说明', 'scope_wording', titled('某某县林业局2025年部门预算支出总表'))).toEqual([]);
    expect(of('某某县林业局2025年单位预算说明', 'scope_wording', titled('某某县林业局2025年部门预算支出总表')).map((f) => [f.severity, f.actual])).toEqual([['warning', '单位']]);
  });
});

