/**
 * A bare total right after a qualified one in the same paragraph (西安 「本部门财政拨款收入预算总计
 * 181807.13万元，全部为一般公共预算拨款。支出预算总计181807.13万元」): its subject may carry the
 * qualifier over, so a mismatch with the department's 支出总计 is a warning, not an error. Invented
 * figures against the 永登 fixture.
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

const found = (text: string) => checkNarrative(text, model).filter((f) => f.rule === 'narrative.amount_mismatch').map((f) => f.severity);

describe('a bare 支出总计 after a qualified 收入总计', () => {
  it('may be the same part: a warning', () => {
    expect(found('本部门财政拨款收入预算总计100.00万元，全部为一般公共预算拨款。支出预算总计100.00万元，全部为一般公共预算拨款。')).toEqual(['warning', 'warning']);
  });
  it('after an unqualified total it is the department\'s: still an error', () => {
    expect(found('本部门收入预算总计100.00万元。支出预算总计100.00万元。')).toEqual(['error', 'error']);
  });
});
