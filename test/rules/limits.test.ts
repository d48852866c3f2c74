/**
 * Issue 16.5: user rules are parsed with limits. Thousands of brackets or terms, or a line of
 * spaces after 「若」, give a syntax warning at once; the built-in findings and the exit code stay.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { analyze } from '../../src/engine';
import { parseRules } from '../../src/rules';
import { CHECK_LIMITS } from '../../src/rules/notation/parse-check';
import { expenditureTable, grid } from '../recognize/grid-builder';

/** The 支出总表 of grid-builder with a wrong 合计 row: a built-in error. */
function wrongTable() {
  const rows = expenditureTable('2024年部门支出总表');
  rows[4] = [null, '合计', 130.5, 100.5, 20];
  return [grid('支出', rows)];
}

const HOSTILE: Record<string, string> = {
  '4,000 nested brackets': `支出总表.合计 = ${'('.repeat(4000)}支出总表.合计${')'.repeat(4000)}`,
  '20,000-term sum': `支出总表.合计 = ${Array(20000).fill('支出总表.合计').join(' + ')}`,
  '4,000 minus signs': `支出总表.合计 = ${'-'.repeat(4000)}支出总表.合计`,
  '「若」 and 8 KB of spaces': `若${' '.repeat(8192)}`,
  '「若」, 8 KB of spaces, 「则」': `若${' '.repeat(8192)}则${' '.repeat(8192)}x`,
  'a header and 8 KB of spaces': `【a】${' '.repeat(8192)}x（`,
};

describe('user rules with limits', () => {
  it.each(Object.entries(HOSTILE))('%s: a syntax error within 2 s (the backtracking pattern took 62 s)', (_name, text) => {
    const t0 = Date.now();
    const r = parseRules(text);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(r.errors.length).toBeGreaterThan(0);
    expect(r.rules).toEqual([]);
  });

  it('names the limit it hit', () => {
    expect(parseRules(HOSTILE['4,000 nested brackets']).errors[0].message).toMatch(/此行过长/);
    expect(parseRules(`支出总表.合计 = ${'('.repeat(100)}1${')'.repeat(100)}`).errors[0].message).toMatch(/嵌套超过 30 层/);
    expect(parseRules(`支出总表.合计 = ${'-'.repeat(100)}1`).errors[0].message).toMatch(/嵌套超过 30 层/);
    expect(parseRules(`支出总表.合计 = ${Array(400).fill('1').join('+')}`).errors[0].message).toMatch(/最多 300 项/);
    expect(parseRules(`支出总表.合计 = ${'1+'.repeat(5000)}1`).errors[0].message).toMatch(/此行过长/);
  });

  it('a check at the limits parses and evaluates', () => {
    const deep = `${'('.repeat(CHECK_LIMITS.maxDepth - 1)}合计${')'.repeat(CHECK_LIMITS.maxDepth - 1)}`;
    // every bracket level counts as a term too
    const terms = Array(CHECK_LIMITS.maxTerms - CHECK_LIMITS.maxDepth - 2).fill('0').join(' + ');
    const text = `逐行 支出总表：${deep} = 基本支出 + 项目支出? + ${terms}`;
    const r = parseRules(text);
    expect(r.errors).toEqual([]);
    const a = analyze(wrongTable(), { userRules: text });
    expect(a.findings.filter((f) => f.rule === 'rules.internal' || f.rule === 'engine.internal')).toEqual([]);
  });

  it('hostile rules never remove a built-in finding', () => {
    const plain = analyze(wrongTable()).findings.filter((f) => f.severity === 'error');
    expect(plain.length).toBeGreaterThan(0);
    const hostile = analyze(wrongTable(), { userRules: Object.values(HOSTILE).join('\n') });
    expect(hostile.findings.filter((f) => f.severity === 'error').map((f) => f.message)).toEqual(plain.map((f) => f.message));
    expect(hostile.findings.some((f) => f.rule === 'engine.internal')).toBe(false);
    expect(hostile.findings.filter((f) => f.rule === 'rules.syntax').length).toBe(Object.keys(HOSTILE).length);
  });

  it('the CLI keeps exit code 1 when built-in errors exist and the rules are hostile', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-rules-'));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('支出');
    wrongTable()[0].values.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)));
    fs.writeFileSync(path.join(dir, 'w.xlsx'), new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    fs.writeFileSync(path.join(dir, 'rules.txt'), Object.values(HOSTILE).join('\n'));
    const code = await runCli(['check', path.join(dir, 'w.xlsx'), '--rules', path.join(dir, 'rules.txt')], { out: () => undefined, err: () => undefined });
    expect(code).toBe(1);
  });
});
