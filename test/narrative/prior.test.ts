/**
 * A prior-year workbook (derived in memory from a fixture, see prior-workbook.ts): the generated
 * 说明 then has 「比上年增加…，增长…%」 sentences the checker accepts, and stated changes or rates
 * that do not follow from the two workbooks are reported.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze, type Analysis } from '../../src/engine';
import type { SheetGrid } from '../../src/grid/types';
import type { JsonReport } from '../../src/report';
import { loadWorkbook } from '../../src/cli/load';
import { runCli } from '../../src/cli/main';
import { checkNarrative, generateNarrative, narrativeToText } from '../../src/narrative';
import { fixturePath } from '../fixtures';
import { priorYearSheets, writePriorWorkbook } from './prior-workbook';

let yichuan: Analysis;
let priorSheets: SheetGrid[];
beforeAll(async () => {
  const sheets = (await loadWorkbook(fixturePath('yichuan-2024'))).sheets;
  priorSheets = priorYearSheets(sheets, analyze(sheets).tables, 2024, { factor: '0.8' });
  yichuan = analyze(sheets, { prior: priorSheets });
});

describe('说明 with a prior-year workbook', () => {
  it('reads the prior year as 2023 with every amount at 80%', () => {
    expect(yichuan.priorModel?.year).toBe(2023);
    expect(yichuan.priorModel?.figure('income_expenditure_summary', '收入总计')?.value.toString()).toBe('916.2');
  });

  it.each(['mof-default', 'henan'])('generates 比上年 sentences (%s) that its checker accepts', (template) => {
    const doc = generateNarrative(yichuan.model, { prior: yichuan.priorModel, template });
    const text = narrativeToText(doc);
    expect(text).toContain('增加229.05万元，增长25.00%');
    expect(doc.notes.join('')).not.toContain('未提供上年数据');
    const findings = checkNarrative(text, yichuan.model, yichuan.priorModel).filter((f) => f.rule !== 'narrative.blank');
    expect(findings.map((f) => `${f.line} ${f.message}`)).toEqual([]);
  });

  it('pins the 河南 overview sentence', () => {
    const doc = generateNarrative(yichuan.model, { prior: yichuan.priorModel, template: 'henan' });
    expect(doc.sections.find((s) => s.id === 'overview')?.paragraphs[0].text).toBe('伊川县政务服务中心2024年收入总计1145.25万元，支出总计1145.25万元，与2023年预算相比，收支总计各增加229.05万元，增长25.00%。主要原因：____。');
  });

  it('reports a wrong rate whose change is right (against the prior workbook and the text itself)', () => {
    const text = '伊川县政务服务中心2024年收入总计1145.25万元，支出总计1145.25万元，与2023年预算相比，收支总计各增加229.05万元，增长20.00%。';
    const findings = checkNarrative(text, yichuan.model, yichuan.priorModel);
    const prior = findings.find((f) => f.rule === 'narrative.prior_rate_mismatch');
    expect(prior?.severity).toBe('error');
    expect(prior?.expected).toBe('25.00%（229.05/916.2=25.0000%）');
    expect(prior?.actual).toBe('20.00%');
  });

  it('reports a change that the two workbooks do not give, even when its rate agrees with it', () => {
    // 增加200.00万元，增长21.16% is consistent in itself (200/945.25), but last year was 916.20
    const text = '伊川县政务服务中心2024年收入总计1145.25万元，支出总计1145.25万元，与2023年预算相比，收支总计各增加200.00万元，增长21.16%。';
    const findings = checkNarrative(text, yichuan.model, yichuan.priorModel).filter((f) => f.severity === 'error');
    expect(findings.map((f) => [f.rule, f.expected, f.actual])).toEqual([['narrative.prior_change_mismatch', '增加229.05万元', '增加200.00']]);
    expect(findings[0].cells.length).toBeGreaterThan(0);
    expect(checkNarrative(text, yichuan.model).filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('a change after a 其中 list may be the total\'s: checked against each amount, a warning when none fits', () => {
    const text = (change: string) => `2024年支出预算1145.25万元，其中基本支出909.25万元，项目支出236万元，比上年增加${change}。`;
    expect(checkNarrative(text('229.05万元，增长25%'), yichuan.model, yichuan.priorModel)).toEqual([]);
    const wrong = checkNarrative(text('200万元'), yichuan.model, yichuan.priorModel);
    expect(wrong.map((f) => `${f.severity} ${f.rule}`)).toEqual(['warning narrative.prior_change_mismatch']);
  });

  it('a decrease, and an item new this year (no prior amount: change without rate), checked clean (永登)', async () => {
    const sheets = (await loadWorkbook(fixturePath('yongdeng-2024'))).sheets;
    const current = analyze(sheets);
    const reception = current.model.figure('three_public_expenses', '公务接待费')!.cells[0];
    const prior = analyze(priorYearSheets(sheets, current.tables, 2024, { factor: '1.25', set: { [`${reception.sheet}!${reception.row},${reception.col}`]: 0 } })).model;
    const text = narrativeToText(generateNarrative(current.model, { prior }));
    expect(text).toContain('支出总计137.05万元。与2023年相比，收、支总计各减少34.26万元，下降20.00%');
    expect(text).toContain('公务接待费0.04万元，增加0.04万元，主要原因是____。');
    expect(checkNarrative(text, current.model, prior).filter((f) => f.rule !== 'narrative.blank').map((f) => `${f.line} ${f.message}`)).toEqual([]);
  });

  it('yusuan check --prior and yusuan narrative --prior read a prior-year .xlsx', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-prior-'));
    const priorFile = await writePriorWorkbook(fixturePath('yichuan-2024'), priorSheets, path.join(dir, '2023.xlsx'));
    const said = path.join(dir, '说明.txt');
    fs.writeFileSync(said, '一、收支总体情况\n伊川县政务服务中心2024年收入总计1145.25万元，支出总计1145.25万元，与2023年相比，收支总计各增加229.05万元，增长20.00%。\n');
    let out = '';
    await runCli(['check', fixturePath('yichuan-2024'), '--narrative', said, '--prior', priorFile, '--json'], { out: (s) => (out += s), err: () => undefined });
    const found = (JSON.parse(out) as JsonReport).findings.filter((f) => f.rule === 'narrative.prior_rate_mismatch');
    expect(found.map((f) => [f.line, f.actual])).toEqual([[2, '20.00%']]);
    let printed = '';
    expect(await runCli(['narrative', fixturePath('yichuan-2024'), '--prior', priorFile], { out: (s) => (printed += s), err: () => undefined })).toBe(0);
    expect(printed).toContain('收、支总计各增加229.05万元，增长25.00%');
  });
});
