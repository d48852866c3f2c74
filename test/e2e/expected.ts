/**
 * What the pane must show for a fixture, computed by the same engine in Node (the CLI's path):
 * the browser tests then prove the pane presents the engine's result faithfully.
 */
import * as fs from 'fs';
import { analyze, type Analysis } from '../../src/engine';
import { a1 } from '../../src/grid/address';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';
import { fixturePath } from '../fixtures';

export interface Expected {
  analysis: Analysis;
  tables: number;
  errors: number;
  warnings: number;
  /** Distinct cells of error/warning findings (what 「标记问题单元格」 marks). */
  problemCells: number;
  /** Findings about a pasted 说明 (the fixture's narrative.txt). */
  narrativeFindings: number;
  /** All findings of the check with the fixture's 说明 pasted (what YS.CHECK("全部") then counts). */
  withNarrative: number;
}

export function cellLabel(sheet: string, row: number, col: number): string {
  return `${sheet}!${a1(row, col)}`;
}

export async function expectedFor(name: string): Promise<Expected> {
  const src = await XlsxWorkbookSource.fromBuffer(`${name}.xlsx`, fs.readFileSync(fixturePath(name)));
  const sheets = await src.readSheets();
  const analysis = analyze(sheets);
  const narrative = fs.readFileSync(fixturePath(name, '.narrative.txt'), 'utf8');
  const withText = analyze(sheets, { narrative });
  const f = analysis.findings;
  const cells = new Set(f.filter((x) => x.severity !== 'info').flatMap((x) => x.cells.map((c) => cellLabel(c.sheet, c.row, c.col))));
  return {
    analysis,
    tables: analysis.tables.length,
    errors: f.filter((x) => x.severity === 'error').length,
    warnings: f.filter((x) => x.severity === 'warning').length,
    problemCells: cells.size,
    narrativeFindings: withText.findings.filter((x) => x.line !== undefined || x.quote !== undefined || x.rule.startsWith('narrative')).length,
    withNarrative: withText.findings.length,
  };
}
