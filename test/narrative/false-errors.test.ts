/**
 * Phrasing of real 说明 from other provinces that the claim extractor could read wrongly, checked
 * against the real 永登 workbook (支出 137.05 = 基本 89.05 + 项目 48; 人员经费 82.42, 公用经费 6.63):
 * what is uncertain is a warning or left alone, never an error; what is certain stays an error.
 */
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import type { BudgetModel } from '../../src/model/types';
import { checkNarrative } from '../../src/narrative';
import { fixturePath } from '../fixtures';

let model: BudgetModel;
beforeAll(async () => {
  model = analyze((await loadWorkbook(fixturePath('yongdeng-2024'))).sheets).model;
});

const found = (text: string) => checkNarrative(text, model).map((f) => `${f.severity} ${f.rule}`);

describe('no false error', () => {
  it.each([
    ['a change after a 其中 list, of the total (7.87% = 10/127.05)', '2024年支出预算137.05万元，其中基本支出89.05万元，项目支出48万元，比上年增加10万元，增长7.87%。'],
    ['a change after a parenthesized 其中', '2024年财政拨款收入137.05万元（其中一般公共预算拨款137.05万元），比上年减少6万元，下降4.19%。'],
    ['a per-head figure in 元', '人员经费82.42万元，公用经费6.63万元，人均公用经费5000元。'],
    ['a standard in 元', '公用经费按照每人每年6000元标准安排。'],
    ['a share of another total than the list\'s', '一般公共预算支出137.05万元，其中：基本支出89.05万元，占本年收入的70%。'],
    ['last year\'s 决算 and its 完成率 in a 预算 package', '2023年支出决算100万元，完成年初预算的95.89%。其中：基本支出决算80万元，占年初预算的98.5%。'],
    ['a second 其中 after 「；」 starts a new list', '2024年部门预算收入137.05万元，其中一般公共预算拨款收入137.05万元，占100%；支出137.05万元，其中基本支出89.05万元，占64.98%；项目支出48万元，占35.02%。'],
    ['a new total inside a list ends it (counts)', '本部门编制12人，其中行政编制10人，实有人员15人，其中在职12人，退休3人。'],
    ['a 合计 after the items is not an item', '2024年收入预算137.05万元，其中：一般公共预算拨款收入137.05万元，上年结转0万元，合计137.05万元。'],
    ['a 类 name going on into a 款/项 name', '城乡社区管理事务行政运行117.54万元。'],
    ['a share\'s change (占比较上年提高)', '基本支出89.05万元，其中：人员经费82.42万元，占比较上年提高2%。'],
    ['the part of a subject the projects cover (涉及…)', '2024年实行绩效目标管理的项目2个，涉及一般公共预算当年拨款48万元。'],
    ['a carried-over figure of a subject, set apart from the list (另有上年结转…)', '项目支出48万元，其中：政务大厅运行经费40万元，政务专网运维8万元，另有上年结转项目支出10万元。'],
    ['counts in another unit after a 其中 list of cars (深圳, 西安)', '截至2025年12月，本单位共有车辆2辆，其中：机要通信用车1辆、其他用车1辆；单价100万元以上设备21台(套)。'],
    ['indicator levels nest, they do not add up', '整体绩效目标共设置三级指标11个，其中一级指标3个、二级指标11个、三级指标11个。'],
    ['changes from the 年初预算 are not parts of a change from last year', '2024年收支总计137.05万元，与上年相比，收支总计增加10万元。\n基本支出89.05万元，项目支出48万元，与年初预算相比，基本支出减少5万元，项目支出减少3万元。'],
  ])('%s', (_what, text) => {
    expect(found(text).filter((f) => f.startsWith('error'))).toEqual([]);
  });

  it('a 其中 opening a sentence after several figures: parts over the nearest one are a warning', () => {
    expect(found('基本支出89.05万元，项目支出48万元。其中：人员经费82.42万元，公用经费6.63万元。')).toEqual(['warning narrative.parts_exceed_total']);
  });

  it('a list naming another subject than the figure before it: a warning', () => {
    expect(found('财政拨款支出137.05万元，一般公共预算支出包括：一般公共服务支出117.54万元，社会保障和就业支出9.28万元，政务服务专项30万元。')).toEqual(['warning narrative.parts_exceed_total']);
  });

  it('a rate that fits none of the amounts its change may belong to: a warning', () => {
    expect(found('2024年支出预算137.05万元，其中基本支出89.05万元，项目支出48万元，比上年增加10万元，增长9%。')).toEqual(['warning narrative.rate_mismatch']);
  });
});

describe('still errors when certain', () => {
  it('a list within one sentence adding up past its total', () => {
    expect(found('基本支出89.05万元，其中：人员经费82.42万元，公用经费16.63万元。')).toContain('error narrative.parts_exceed_total');
  });

  it('a change measured from a stated prior-year amount changes the current one', () => {
    expect(found('2024年基本支出89.05万元，比2023年预算数90.05万元减少1万元，下降1.11%。')).toEqual([]);
    const [f] = checkNarrative('2024年基本支出89.05万元，较上年预算（90.05万元）减少1万元，下降5%。', model);
    expect([f.severity, f.rule, f.expected]).toEqual(['error', 'narrative.rate_mismatch', '1%（1/90.05=1.1105%）']);
  });

  it('the items after a new total belong to its own list', () => {
    expect(found('本部门编制12人，其中行政编制10人，实有人员15人，其中在职12人，退休4人。')).toEqual(['error narrative.parts_exceed_total']);
  });

  it('parts changed less than their total did, both from last year', () => {
    expect(found('2024年收支总计137.05万元，与上年相比，收支总计增加10万元。\n基本支出89.05万元，项目支出48万元，与上年相比，基本支出减少5万元，项目支出减少3万元。')).toEqual(['error narrative.change_parts']);
  });

  it('a 其中 after a sentence with one figure', () => {
    expect(found('基本支出89.05万元。其中：人员经费82.42万元，公用经费16.63万元。')).toContain('error narrative.parts_exceed_total');
  });

  it('a 类 named by itself, and a share in a list', () => {
    expect(checkNarrative('一般公共预算支出137.05万元，其中：一般公共服务支出107.54万元。', model).map((f) => [f.rule, f.message])).toEqual([
      ['narrative.amount_mismatch', expect.stringContaining('一般公共服务支出107.54万元与表中数不符')],
    ]);
    expect(found('基本支出89.05万元，其中：人员经费82.42万元，占90%。')).toEqual(['error narrative.share_mismatch']);
  });

  it('a rate wrong for the one amount of its sentence, and an amount in 元 that is the subject\'s', () => {
    expect(found('项目支出48万元，比上年减少5万元，下降0.9%。')).toEqual(['error narrative.rate_mismatch']);
    expect(found('公用经费66300元。')).toEqual([]);
    expect(found('公用经费63000元。')).toEqual(['error narrative.amount_mismatch']);
  });
});
