/**
 * A 类 figure under a heading naming 政府性基金 (杭州 「2.政府性基金预算当年拨款结构情况。」 then
 * 「城乡社区（类）支出211,000.00万元」) is that fund's: compared with the 一般公共预算 table it is in
 * doubt (warning). Under a 一般公共预算 heading the same mismatch is an error. Invented figures
 * against the 永登 fixture (一般公共服务支出 117.54).
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

const mismatch = (text: string) => checkNarrative(text, model).filter((f) => f.rule === 'narrative.amount_mismatch').map((f) => f.severity);

describe('类 figures under a fund heading', () => {
  it('under 「政府性基金预算…情况」: a warning', () => {
    expect(mismatch('2.政府性基金预算当年拨款结构情况。\n一般公共服务（类）支出100.00万元，占100%。')).toEqual(['warning']);
  });
  it('under 「一般公共预算…情况」: still an error', () => {
    expect(mismatch('2.一般公共预算当年拨款结构情况。\n一般公共服务（类）支出100.00万元，占100%。')).toEqual(['error']);
  });
});
