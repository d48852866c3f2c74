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

describe('a 「其中」 list the 说明 words loosely', () => {
  it('past a 「；」 after its 「，」 items the clause may state something else: no error', () => {
    expect(errors('截至上年底，本部门在职人员40人，其中行政15人，事业25人；单位管理的离退休人员19人。')).toEqual([]);
    // without the 「；」 clause the same items over their total are an error
    expect(errors('截至上年底，本部门在职人员40人，其中行政15人，事业35人。')).toContain('narrative.parts_exceed_total');
  });
  it('会议费 and 培训费 listed under the “三公”经费 are no parts of it: no error', () => {
    expect(errors('本部门“三公”经费预算支出0.27万元，其中会议费0.24万元，培训费0.71万元。')).not.toContain('narrative.parts_exceed_total');
    expect(errors('本部门“三公”经费预算支出0.27万元，其中公务接待费0.24万元，因公出国（境）费用0.71万元。')).toContain('narrative.parts_exceed_total');
  });
});
