/**
 * Corrected copies of the fixtures (test/data/corrected, built by build.ts from the FIXES list):
 * with every listed error fixed, the rules report zero errors — and the originals do report some.
 */
import ExcelJS from 'exceljs';
import { loadWorkbook } from '../../src/cli/load';
import { analyze } from '../../src/engine';
import { buildModel } from '../../src/model';
import { recognizeWorkbook } from '../../src/recognize';
import { runRules } from '../../src/rules';
import { correctedPath, FIXES } from '../data/corrected/build';
import { fixturePath } from '../fixtures';

describe.each(Object.keys(FIXES))('corrected %s', (name) => {
  test('the committed copy carries every fix of build.ts', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(correctedPath(name));
    for (const [sheet, cell, value] of FIXES[name]) expect([sheet, cell, wb.getWorksheet(sheet)!.getCell(cell).value]).toEqual([sheet, cell, value]);
  });

  test('zero errors on the corrected copy (analyze, and the rules on the recognized tables)', async () => {
    const wb = await loadWorkbook(correctedPath(name));
    const errors = analyze(wb.sheets).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.message)).toEqual([]);
    const byRules = runRules(buildModel(recognizeWorkbook(wb.sheets))).filter((f) => f.severity === 'error');
    expect(byRules.map((f) => f.message)).toEqual([]);
  });

  test('the original has errors', async () => {
    const wb = await loadWorkbook(fixturePath(name));
    const errors = runRules(buildModel(recognizeWorkbook(wb.sheets))).filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
  });
});
