/**
 * A clause of a 「其中」 list that states a total of its own (西安 「实有人员303人，其中行政71人，事业232人；
 * 单位管理的离退休人员共188人」): it ends the list, it is no item. Invented figures.
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

const errors = (text: string) => checkNarrative(text, model).filter((f) => f.severity === 'error').map((f) => f.rule);

describe('「…共N人」 after the items of a 其中 list', () => {
  it('states another total: no error', () => {
    expect(errors('截至上年底，本部门人员编制50人，其中行政编制20人，事业编制30人；实有人员40人，其中行政15人，事业25人；单位管理的离退休人员共19人。')).toEqual([]);
  });
  it('items that exceed their total are still an error', () => {
    expect(errors('截至上年底，本部门实有人员40人，其中行政15人，事业35人；单位管理的离退休人员共19人。')).toContain('narrative.parts_exceed_total');
  });
});
