/**
 * The generated 说明 for each fixture and template: every figure agrees with the tables (the
 * checker finds nothing but the marked blanks), representative sentences pinned exactly, prior-
 * year sentences only when a prior year is given, empty tables stated.
 */
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import type { BudgetModel } from '../../src/model/types';
import { checkNarrative, generateNarrative, listTemplates, narrativeToText, type NarrativeDoc } from '../../src/narrative';
import { FIXTURE_NAMES, fixturePath } from '../fixtures';

const models = new Map<string, BudgetModel>();
async function model(name: string): Promise<BudgetModel> {
  if (!models.has(name)) models.set(name, analyze((await loadWorkbook(fixturePath(name))).sheets).model);
  return models.get(name)!;
}

function paragraphs(doc: NarrativeDoc, id: string): string[] {
  return doc.sections.find((s) => s.id === id)?.paragraphs.map((p) => p.text) ?? [];
}

describe.each(FIXTURE_NAMES.flatMap((f) => listTemplates().map((t) => [f, t.id] as const)))('generated 说明 of %s (%s)', (name, template) => {
  it('passes its own checker: nothing but the marked blanks', async () => {
    const m = await model(name);
    const text = narrativeToText(generateNarrative(m, { template }));
    const findings = checkNarrative(text, m).filter((f) => f.rule !== 'narrative.blank');
    expect(findings.map((f) => `${f.line} ${f.message}`)).toEqual([]);
  });
});

describe('generated sentences', () => {
  it('永登: 支出预算 with 占比 from the printed 万元 figures', async () => {
    const doc = generateNarrative(await model('yongdeng-2024'));
    expect(paragraphs(doc, 'expenditure')[0]).toMatch(/支出合计137\.05万元，其中：基本支出89\.05万元，占64\.98%；项目支出48\.00万元，占35\.02%。$/);
  });

  it('永登: 科目 item by item with the （类）（款）（项） phrase', async () => {
    const doc = generateNarrative(await model('yongdeng-2024'));
    expect(paragraphs(doc, 'general_budget')).toContain('一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）行政运行（项）117.54万元。');
  });

  it('永登: "三公" total and items, 公务用车 from its two columns', async () => {
    const doc = generateNarrative(await model('yongdeng-2024'));
    expect(paragraphs(doc, 'three_public')[0]).toContain('“三公”经费预算0.04万元。其中：因公出国（境）费0.00万元；公务用车购置及运行费0.00万元（其中：公务用车购置费0.00万元，公务用车运行费0.00万元）；公务接待费0.04万元。');
  });

  it('伊川 (河南格式): empty tables are stated, not skipped', async () => {
    const doc = generateNarrative(await model('yichuan-2024'), { template: 'henan' });
    expect(paragraphs(doc, 'fund')).toEqual(['伊川县政务服务中心2024年无政府性基金预算拨款安排的支出。']);
    expect(paragraphs(doc, 'three_public')).toEqual(['伊川县政务服务中心2024年无“三公”经费预算拨款安排的支出。']);
    expect(paragraphs(doc, 'basic')[0]).toBe('伊川县政务服务中心2024年一般公共预算基本支出年初预算为909.25万元。其中：人员经费支出882.70万元，占97.08%；公用经费支出26.55万元，占2.92%。');
  });

  it('never invents the prior year: 比上年 only when given', async () => {
    const m = await model('yichuan-2024');
    const without = generateNarrative(m, { template: 'henan' });
    expect(narrativeToText(without)).not.toMatch(/增加|减少|持平|增长|下降/);
    expect(without.notes.join('')).toContain('未提供上年数据');
    const withPrior = generateNarrative(m, { template: 'henan', priorFigures: { 收入总计: '1146.01', 一般公共预算收支: '1165.01' } });
    expect(paragraphs(withPrior, 'overview')[0]).toBe('伊川县政务服务中心2024年收入总计1145.25万元，支出总计1145.25万元，与2023年预算相比，收支总计各减少0.76万元，下降0.07%。主要原因：____。');
    expect(paragraphs(withPrior, 'fiscal')[0]).toContain('一般公共预算收支预算减少19.76万元，下降1.70%，主要原因：____');
    expect(checkNarrative(narrativeToText(withPrior), m).filter((f) => f.severity !== 'info')).toEqual([]);
  });

  it('a prior-year workbook gives 比上年 for every fact it has (same workbook: 持平)', async () => {
    const m = await model('luanchuan-2023');
    const doc = generateNarrative(m, { prior: m });
    expect(paragraphs(doc, 'overview')[0]).toContain('收、支总计各持平');
  });

  it('rejects an unknown template with a Chinese message', async () => {
    const m = await model('yichuan-2024');
    expect(() => generateNarrative(m, { template: 'nope' })).toThrow('没有名为「nope」的说明模板');
  });
});
