/**
 * The 说明 checker reads the ways people write (issue 17 §3): the rate in brackets with or without
 * 增/降 word, and the prior figure stated before the change. Invented sentences; the rate must
 * agree with the amount and the implied (or stated) prior figure.
 */
import { analyze } from '../../src/engine';
import { checkNarrative } from '../../src/narrative';

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
