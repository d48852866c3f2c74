/**
 * The 说明 checker reads the ways people write (issue 17 §3): the rate in brackets with or without
 * 增/降 word, and the prior figure stated before the change. Invented sentences; the rate must
 * agree with the amount and the implied (or stated) prior figure.
 */
import { analyze } from '../../src/engine';
import { checkNarrative } from '../../src/narrative';
import { list, model, table } from '../rules/build';

const none = analyze([]).model;
const rules = (text: string) => checkNarrative(text, none).map((f) => `${f.severity} ${f.rule}`);

describe('rates and prior figures as people write them', () => {
  test('「比上年减少8.40万元（下降21.05%）」 agrees with 31.50 (prior 39.90)', () => {
    expect(rules('2025年支出预算31.50万元，比上年减少8.40万元（下降21.05%）。')).toEqual([]);
    expect(rules('2025年支出预算31.50万元，比上年减少8.40万元（下降26.67%）。')).toEqual(['error narrative.rate_mismatch']);
  });

  test('the rate in brackets with no 增/降 word: 「较上年减少3万元（7.50%）」', () => {
    expect(rules('2025年支出预算37万元，较上年减少3万元（7.50%）。')).toEqual([]);
    expect(rules('2025年支出预算37万元，较上年减少3万元（8.11%）。')).toEqual(['error narrative.rate_mismatch']);
  });

  test('the prior figure stated: 「较上年180.5万元增加42.17万元」', () => {
    expect(rules('2025年一般公共预算支出222.67万元，较上年180.5万元增加42.17万元。')).toEqual([]);
    expect(rules('2025年一般公共预算支出222.67万元，较上年180.5万元增加52.17万元。')).toEqual(['error narrative.prior_stated_mismatch']);
    // one cent off from the printed figures: a 尾差
    expect(rules('2025年一般公共预算支出222.67万元，较上年180.5万元增加42.18万元。')).toEqual(['warning narrative.prior_stated_mismatch']);
  });
});

describe('amounts by 经济分类 against the tables that show it', () => {
  const T = '经济分类汇总表';
  const m = model(
    table(T, 'economic_classification_summary', [
      list(T, 'main', [['合计']], [
        { name: '合计', kind: 'total', amounts: [130] },
        { name: '工资福利支出', code: '301', amounts: [80] },
        { name: '商品和服务支出', code: '302', amounts: [30] },
        { name: '对个人和家庭的补助', code: '303', amounts: [20] },
      ]),
    ]),
    table('政府经济分类表', 'general_budget_basic_expenditure', [
      list('政府经济分类表', 'main', [['合计']], [
        { name: '合计', kind: 'total', amounts: [110] },
        { name: '机关工资福利支出', code: '501', amounts: [75] },
        { name: '机关商品和服务支出', code: '502', amounts: [35] },
      ]),
    ]),
  );
  for (const l of m.tables[1].lists[0].lines) if (l.code) l.classification = 'gov_economic';
  const check = (text: string) => checkNarrative(text, m).filter((f) => f.rule === 'narrative.amount_mismatch').map((f) => `${f.severity} ${f.expected}`);

  test('部门预算经济分类 301/302 and 政府预算经济分类 501/502 as stated', () => {
    expect(check('按经济分类，工资福利支出80万元，商品和服务支出30万元。')).toEqual([]);
    expect(check('按政府预算经济分类，机关工资福利支出75万元，机关商品和服务支出35万元。')).toEqual([]);
  });

  test('a wrong amount is reported against its classification', () => {
    expect(check('按政府预算经济分类，机关工资福利支出80万元。')).toEqual(['error 75.00']);
    expect(check('按经济分类，商品和服务支出35万元。')).toEqual(['error 30.00']);
  });
});
