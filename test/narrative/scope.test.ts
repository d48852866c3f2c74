/**
 * Scope of a 说明 figure (src/narrative/check/scope.ts): a figure of one unit, one project, one fund
 * or one part compared with the department's table figure is a warning that says why (`doubt`),
 * never an error; the same figure in an unambiguous sentence about the department stays an error.
 * Invented sentences; tables: the real 永登 workbook (支出 137.05, 一般公共预算拨款收入 137.05,
 * 公务接待费 0.04) and hand-built tables (社会保障和就业 120 of which 其他社会保障和就业 8; 经济分类
 * 301 300 / 302 150 / 303 50).
 */
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import type { BudgetModel } from '../../src/model/types';
import { checkNarrative } from '../../src/narrative';
import { headingOf, unitSections } from '../../src/narrative/check/sections';
import { fixturePath } from '../fixtures';
import { list, model as buildModel, table } from '../rules/build';

let yd: BudgetModel;
beforeAll(async () => {
  yd = analyze((await loadWorkbook(fixturePath('yongdeng-2024'))).sheets).model;
});

const invented = () =>
  buildModel(
    table('一般公共预算支出表', 'general_budget_expenditure', [
      list('一般公共预算支出表', 'expenditure', [['合计']], [
        { name: '合计', kind: 'total', amounts: [620] },
        { name: '一般公共服务支出', code: '201', amounts: [460] },
        { name: '教育支出', code: '205', amounts: [40] },
        { name: '社会保障和就业支出', code: '208', amounts: [120] },
        { name: '其他社会保障和就业支出', code: '20899', amounts: [8] },
        { name: '其他社会保障和就业支出', code: '2089999', amounts: [8] },
      ]),
    ]),
    table('一般公共预算支出表（经济分类）', 'general_budget_economic_expenditure', [
      list('一般公共预算支出表（经济分类）', 'expenditure', [['合计']], [
        { name: '合计', kind: 'total', amounts: [500] },
        { name: '工资福利支出', code: '301', amounts: [300] },
        { name: '商品和服务支出', code: '302', amounts: [150] },
        { name: '对个人和家庭的补助', code: '303', amounts: [50] },
      ]),
    ]),
  );

const amount = (text: string, m: BudgetModel) => checkNarrative(text, m).filter((f) => f.rule === 'narrative.amount_mismatch');
const kinds = (text: string, m: BudgetModel) => amount(text, m).map((f) => f.severity);

describe('unit sections', () => {
  it('reads numbered headings that name a body', () => {
    expect(headingOf('三、深圳市社会保险基金管理局直属分局')?.unit).toBe('深圳市社会保险基金管理局直属分局');
    expect(headingOf('七、一带一路环境技术交流与转移中心(深圳)')?.unit).toBe('一带一路环境技术交流与转移中心(深圳)');
    expect(headingOf('一、收入预算情况说明')?.unit).toBeNull();
    expect(headingOf('(三)对个人和家庭补助支出50万元，主要是离退休人员经费。')).toBeNull();
    expect(unitSections(['第三部分 部门预算支出具体情况', '二、某市某某中心', '(一)在职人员经费1万元。', '第四部分 政府采购情况', '采购1万元。'])).toEqual([
      null, '某市某某中心', '某市某某中心', null, null,
    ]);
  });

  const section = '第三部分 部门预算支出具体情况\n一、某市某某局(本级)\n某市某某局(本级)预算400万元，包括在职人员经费200万元、公用经费100万元、对个人和家庭的补助支出35万元。\n(三)对个人和家庭补助支出35万元，主要是离退休人员经费。\n二、某市某某中心\n(三)对个人和家庭补助支出15万元，主要是离退休人员经费。\n';

  it('a unit\'s figure under its heading is a warning with doubt', () => {
    const fs = amount(section, invented());
    expect(fs.map((f) => f.severity)).toEqual(['warning', 'warning', 'warning']);
    expect(fs[0].doubt).toMatch(/^说明第3行「35万元」：该数字位于「某市某某局\(本级\)」一节/);
    expect(fs[0].message).toMatch(/^未能确认说明第3行「35万元」与表中数可比：/);
  });

  it('a unit\'s figure larger than the department\'s whole is an error', () => {
    const f = checkNarrative(section.replace('(三)对个人和家庭补助支出15万元', '(三)对个人和家庭补助支出65万元'), invented()).filter((x) => x.severity === 'error');
    expect(f.map((x) => [x.rule, x.expected])).toEqual([['narrative.part_exceeds_whole', '≤50.00']]);
    expect(f[0].message).toMatch(/该数字位于「某市某某中心」一节：部分不能大于整体/);
  });

  it('the same wrong figure outside any unit section is an error, the right one passes', () => {
    expect(kinds('对个人和家庭补助支出35万元，主要是离退休人员经费。', invented())).toEqual(['error']);
    expect(kinds('对个人和家庭补助支出50万元，主要是离退休人员经费。', invented())).toEqual([]);
  });
});

describe('subjects qualified by a code, 其他, or the part they are listed under', () => {
  it('「其他社会保障和就业支出(2089999)」 is a 项, not the 类', () => {
    expect(kinds('(5)其他社会保障和就业支出(2089999)8万元，较上年增加1万元。', invented())).toEqual([]);
    expect(kinds('(5)其他社会保障和就业支出(2089999)13万元，较上年增加1万元。', invented())).toEqual([]);
    expect(kinds('社会保障和就业支出130万元，较上年增加1万元。', invented())).toEqual(['error']);
    // a short 类 name inside a longer word names a project (「环境宣传教育」), not 教育
    expect(kinds('2024年教育支出30万元。', invented())).toEqual(['error']);
    expect(kinds('2024年教育30万元。', invented())).toEqual(['error']);
    expect(kinds('主要包括：环境宣传教育30万元。', invented())).toEqual([]);
  });

  it('「其他商品和服务支出」 is no 302; a printed code names the 经济分类', () => {
    expect(kinds('机关运行经费82万元，其中：办公经费41万元，其他商品和服务支出2万元。', invented())).toEqual([]);
    expect(kinds('商品和服务支出(502)126万元，较上年减少5万元。', invented())).toEqual([]);
    expect(kinds('商品和服务支出(302)126万元，较上年减少5万元。', invented())).toEqual(['error']);
  });

  it('an 经济分类 figure listed under 「人员经费：」 is that part\'s: a warning', () => {
    const [f] = amount('其中①人员经费：工资福利支出(301)280万元，较上年增加2万元；商品和服务支出(302)10万元。', invented());
    expect(f.severity).toBe('warning');
    expect(f.doubt).toMatch(/「人员经费」之下/);
  });
});

describe('a part of the department named as such', () => {
  it('a generic 支出预算 qualified by a fund is that fund\'s', () => {
    const [f] = amount('上级专项转移支付支出预算39.23万元，无政府性基金预算支出。', yd);
    expect([f.severity, f.doubt]).toEqual(['warning', expect.stringMatching(/上级专项转移支付/)]);
    expect(kinds('2024年本部门支出预算39.23万元。', yd)).toEqual(['error']);
    expect(kinds('2024年本部门支出预算137.05万元。', yd)).toEqual([]);
    // a body's name before the word is the department spelt otherwise: still the whole
    expect(kinds('2024年某县某某服务中心支出预算39.23万元。', yd)).toEqual(['error']);
    expect(kinds('某县某某服务中心2024年支出预算39.23万元。', yd)).toEqual(['error']);
  });

  it('a carried-over part (「上年结转结余的一般公共预算收入」) is no 一般公共预算拨款收入', () => {
    expect(kinds('本年一般公共预算收入137.05万元，占100%；上年结转结余的一般公共预算收入0万元，占0%。', yd)).toEqual([]);
    expect(kinds('本年一般公共预算收入0万元，占0%。', yd)).toEqual(['error']);
  });

  it('a numbered project line states the project\'s figures', () => {
    const [f] = amount('2.口岸管理业务400.70万元，主要包括：口岸管养工作380.20万元，上年结转12.31万元，用于口岸维护。', yd);
    expect([f.severity, f.doubt]).toEqual(['warning', expect.stringMatching(/项目「口岸管理业务」/)]);
    expect(kinds('2.上年结转12.31万元，主要用于口岸维护。', yd)).toEqual(['error']);
  });

  it('the parts of a named fee are the fee\'s, not the department\'s', () => {
    const [f] = amount('2024年污水处理费预算总额153.32万元，分别从一般公共预算与政府性基金列支，其中：一般公共预算117.68万元。', yd);
    expect([f.severity, f.doubt]).toEqual(['warning', expect.stringMatching(/污水处理费预算总额153.32万元/)]);
    expect(kinds('2024年本部门财政拨款收入预算总额137.05万元，其中：一般公共预算117.68万元。', yd)).toEqual(['error']);
  });

  it('a dash names the part of an item', () => {
    expect(kinds('1.上级下达资金——一般公共预算拨款48万元，主要是中央补助。', yd)).toEqual(['warning']);
  });
});

describe('尾差 and a table of the other year', () => {
  it('one unit of the last printed decimal is a 尾差 warning; more is an error', () => {
    const [f] = amount('2024年本部门支出预算137.06万元。', yd);
    expect([f.severity, f.rounding]).toEqual(['warning', true]);
    expect(kinds('2024年本部门支出预算137.08万元。', yd)).toEqual(['error']);
  });

  it('a table figure equal to the prior year the 说明 states: the table\'s year is in doubt', () => {
    const [f] = amount('公务接待费0.10万元，比上年增加0.06万元。', yd);
    expect([f.severity, f.doubt]).toEqual(['warning', expect.stringMatching(/上年数/)]);
    expect(kinds('公务接待费0.10万元，比上年增加0.02万元。', yd)).toEqual(['error']);
  });
});

describe('a table figure read from a blank cell', () => {
  const procurement = (total: number | null) =>
    buildModel(
      table('政府采购预算表', 'government_procurement', [
        list('政府采购预算表', 'expenditure', [['购买服务内容']], [
          { name: '合计', kind: 'total', amounts: [total] },
          { name: '城市宣传经费', amounts: [total === null ? null : 0] },
        ]),
        // the same table's amounts, read as another piece beside it
        { ...list('政府采购预算表', 'expenditure', [['预算金额']], [
          { name: '', kind: 'total', amounts: [23661600] },
          { name: '', amounts: [23661600] },
        ]), columns: [{ col: 5, path: ['预算金额'], role: null, type: 'amount' as const }] },
      ], '元'),
    );

  it('nothing printed where the amount was read, the amount beside it: a warning that says so', () => {
    const [f] = amount('2024年本部门政府采购预算共2366.16万元。', procurement(null));
    expect([f.severity, f.doubt]).toEqual(['warning', expect.stringMatching(/「购买服务内容」栏为空白/)]);
  });

  it('a printed 0 is read for sure: an error', () => {
    expect(kinds('2024年本部门政府采购预算共2366.16万元。', procurement(0))).toEqual(['error']);
  });
});

