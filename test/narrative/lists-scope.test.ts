/**
 * Lists, 科目 and rates of the 说明 as the corpus writes them (invented figures; tables: the real 永登
 * workbook, 支出 137.05 = 基本 89.05 + 项目 48, 一般公共服务支出 117.54 with 2010101 行政运行): what
 * is uncertain is a warning, a certain wrong figure is still an error.
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

describe('lists', () => {
  it('a numbered line 「6.人才…」 is no continuation of the list above (「6.人」 is no count)', () => {
    expect(found('5.技工教育管理30.48万元，主要包括：技工教育管理经费30.48万元，用于学籍管理。\n6.人才引进及管理60.60万元，主要包括：人员管理经费50.91万元，用于职称管理；人才工作经费9.69万元，用于人才交流。')).toEqual([]);
    expect(found('6.人才引进及管理60.60万元，主要包括：人员管理经费50.91万元，用于职称管理；人才工作经费19.69万元，用于人才交流。')).toEqual(['error narrative.parts_exceed_total']);
  });

  it('a 其中 inside an item of a list: past its 「；」 the items may be the outer list\'s', () => {
    const text = '8.公安行政管理399.78万元，主要包括：经常性业务费60.60万元，用于党建；履职工作经费47.51万元，其中结转结余3.90万元，用于治安；装备经费52.08万元，用于装备。';
    expect(found(text).filter((f) => f.startsWith('error'))).toEqual([]);
    expect(found('8.公安行政管理399.78万元，主要包括：经常性业务费60.60万元，用于党建；履职工作经费47.51万元，其中结转结余53.90万元，用于治安。')).toEqual(['error narrative.parts_exceed_total']);
  });

  it('a 「其中：」 line breaks down the figure above that can be a total', () => {
    // 「（去年预算数为0万元）」 is no total
    expect(found('2024年国有资本经营预算支出48万元。与上年相比增加48万元（去年预算数为0万元，无法计算增减比率）。\n其中：\n其他国有资本经营预算支出48万元，主要是用于公交运营补贴。').filter((f) => f.includes('parts'))).toEqual([]);
    // a total followed by a figure of its reason
    expect(found('2024年项目支出48万元。主要原因是新增清淤工程30万元。\n其中：\n清淤工程30万元，主要是用于转拨项目。').filter((f) => f.includes('parts'))).toEqual([]);
    // several figures above: which one is unsure, a warning
    expect(found('2024年收入预算合计137.05万元，包括本年收入137.05万元，上年结转结余0万元。\n其中：\n本年一般公共预算收入137.05万元，占100%；').filter((f) => f.includes('parts'))).toEqual(['warning narrative.parts_exceed_total']);
    // one figure above: certain
    expect(found('2024年项目支出48万元。\n其中：\n政务专网运维58万元，用于运维。').filter((f) => f.includes('parts'))).toEqual(['error narrative.parts_exceed_total']);
  });
});

describe('科目 named 「…(款)…(项)」', () => {
  it('a 项 whose 款 is another than the table\'s same-named 项 is a warning; the same 款 still an error', () => {
    const other = checkNarrative('一般公共服务支出(类)审计事务(款)行政运行(项)支出0万元，与上年相比减少7.89万元。', model).filter((f) => f.rule === 'narrative.amount_mismatch');
    expect(other.map((f) => f.severity)).toEqual(['warning']);
    expect(other[0].doubt).toMatch(/所属的款不是说明所写的「审计事务」/);
    const same = checkNarrative('一般公共服务支出(类)政府办公厅(室)及相关机构事务(款)行政运行(项)支出0万元，与上年相比减少7.89万元。', model).filter((f) => f.rule === 'narrative.amount_mismatch');
    expect(same.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('rates', () => {
  it('a rate within the rounding of amounts printed to the cent is a 尾差 warning', () => {
    // 27.84/30.62 = 90.92%; 27.835/30.63 = 90.875%: 90.89% is possible from the exact figures
    const f = checkNarrative('2024年某专项经费58.46万元，比上年增加27.84万元，增幅90.89%。', model).filter((x) => x.rule === 'narrative.rate_mismatch');
    expect(f.map((x) => [x.severity, x.rounding])).toEqual([['warning', true]]);
    expect(found('2024年某专项经费180.63万元，较上年增加132.54万元(275.00%)。')).toContain('error narrative.rate_mismatch');
    // whole numbers are meant exact
    expect(found('2024年某专项经费37万元，较上年减少3万元（8.11%）。')).toEqual(['error narrative.rate_mismatch']);
  });
});

describe('more corpus wordings', () => {
  const parts = (text: string) => found(text).filter((f) => f.includes('parts'));

  it('counts: a mark of the sentence before, or a list of another thing after a comma, is no list of the count', () => {
    expect(parts('局机关下设4个处室，分别为办公室、业务处、财务处、法规处。下设直属事业单位6个，分别为气象台、探测中心。')).toEqual([]);
    expect(parts('本部门内设办公室、财务处，共7个处室，派出机构包括福田、罗湖等10个。')).toEqual([]);
    expect(parts('局机关下设4个处室，其中行政处室3个、党务处室3个。')).toEqual(['error narrative.parts_exceed_total']);
  });

  it('the figures of a reason are no items of the list before it', () => {
    expect(parts('具体为：人员经费0.00万元，较上年无变化；专项业务经费6.00万元，较上年增加6.00万元，主要原因是增加办公设备购置经费6.00万元。')).toEqual([]);
    expect(parts('2024年本部门上级专项转移支付支出预算16.10万元（其中3.80万元为政府性基金预算、12.30万元为一般公共预算），较上年增加12.10万元，主要原因包括：1.下达转移支付资金11.00万元。')).toEqual([]);
  });

  it('parts printed as whole numbers add up within their rounding; a total printed in 元 by slip is named so', () => {
    const f = checkNarrative('8.全民健身管理预算34.94万元，主要包括体育竞赛30万元；群众体育管理工作5万元。', model).filter((x) => x.rule === 'narrative.parts_exceed_total');
    expect(f.map((x) => [x.severity, x.rounding])).toEqual([['warning', true]]);
    const [slip] = checkNarrative('2.污染防治项目18.86元，主要包括：水生态环境管理工作13.30万元；海洋生态环境管理5.56万元。', model).filter((x) => x.rule === 'narrative.parts_exceed_total');
    expect(slip.message).toContain('疑为18.86万元之误');
  });

  it('letter-spaced units 「2,328.79 万 元」 are read as amounts', () => {
    expect(parts('本局纳入2024年部门预算的政府采购项目共有 23.79 万 元，其中：货物类项目8.22万元、服务类项目15.57万元。')).toEqual([]);
    expect(parts('本局纳入2024年部门预算的政府采购项目共有 23.79 万 元，其中：货物类项目18.22万元、服务类项目15.57万元。')).toEqual(['error narrative.parts_exceed_total']);
  });

  it('a sentence spliced from two pieces (「与上元，与上年相比」): the rate is in doubt', () => {
    const [f] = checkNarrative('4.普通教育(款)小学教育(项)支出117.52万元，与上元，与上年相比增加11.36万元，增长5.29%。', model).filter((x) => x.rule === 'narrative.rate_mismatch');
    expect([f.severity, f.doubt]).toEqual(['warning', expect.stringMatching(/不带数字的「元」/)]);
    expect(found('某专项经费117.52万元，与上年相比增加11.36万元，增长5.29%。')).toEqual(['error narrative.rate_mismatch']);
  });

  it('a change after a numbered item\'s breakdown may be the item\'s', () => {
    expect(found('4.研究调研活动166.02万元，主要包括：文稿起草116.3万元，用于起草；专题培训49.72万元，用于培训。较上年增加28.46万元，增幅20.7%。').filter((f) => f.includes('rate'))).toEqual([]);
    expect(found('4.研究调研活动166.02万元，主要包括：文稿起草116.3万元，用于起草；专题培训49.72万元，用于培训。较上年增加28.46万元，增幅50.7%。').filter((f) => f.includes('rate'))).toEqual(['warning narrative.rate_mismatch']);
  });
});

describe('scope: a project, a 科目, units without headings', () => {
  const amounts = (text: string) => checkNarrative(text, model).filter((f) => f.rule === 'narrative.amount_mismatch');

  it('「该项目」 states a project\'s funds', () => {
    expect(amounts('2024年拟安排该项目一般公共预算21.34万元(含上年结转7.50万元)。').map((f) => f.severity)).toEqual(['warning', 'warning']);
    expect(amounts('2024年本部门一般公共预算21.34万元。').map((f) => f.severity)).toEqual(['error']);
  });

  it('the 人员经费 of one 科目 is not the department\'s', () => {
    const [f] = amounts('2.“一般公共服务支出”科目83万元，主要用于人员经费18万元、公用经费58万元。');
    expect([f.severity, f.doubt]).toEqual(['warning', expect.stringMatching(/科目「“一般公共服务支出”科目」之下/)]);
    expect(amounts('本部门人员经费18万元、公用经费6.63万元。').map((f) => f.severity)).toEqual(['error']);
  });

  it('paragraphs opening with several units\' budgets are those units\'', () => {
    const text = '某市某局(本级)预算100.00万元，包括在职人员经费80.00万元、公用经费5.00万元。\n(二)公用经费5.00万元，主要是办公费。\n某市某中心预算37.05万元，包括公用经费1.05万元。\n';
    expect(amounts(text).map((f) => f.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    // a unit's 公用经费 above the department's 6.63 is wrong for sure
    expect(found(text.replace('(二)公用经费5.00万元', '(二)公用经费20.00万元'))).toContain('error narrative.part_exceeds_whole');
    // one paragraph alone is no breakdown by unit, unless it names the 本级
    expect(amounts('(二)公用经费5.00万元，主要是办公费。').map((f) => f.severity)).toEqual(['error']);
    expect(amounts('某市某中心预算37.05万元，包括公用经费5.05万元。\n(二)公用经费5.05万元，主要是办公费。').map((f) => f.severity)).toEqual(['warning', 'error']);
    expect(amounts('某市某局(本级)预算37.05万元，包括公用经费5.05万元。\n(二)公用经费5.05万元，主要是办公费。').map((f) => f.severity)).toEqual(['warning', 'warning']);
  });
});

