/**
 * `yusuan check --narrative 说明.txt --explain-threshold 100` (issue 14 §6): every 项 of the
 * 一般公共预算支出表 at or above the amount the user sets must be named in the 说明 (warning
 * narrative.item_unexplained); without the option nothing is asked; a value that is not an amount
 * is refused in Chinese (exit 2). Invented workbook.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/cli/main';
import { THRESHOLD_NARRATIVE, THRESHOLD_ROWS } from '../narrative/threshold-book';


describe('yusuan check --explain-threshold', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-explain-'));
  const book = path.join(dir, 'b.xlsx');
  const said = path.join(dir, '说明.txt');
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('表一');
    THRESHOLD_ROWS.forEach((row, r) => row.forEach((v, c) => v !== null && (ws.getCell(r + 1, c + 1).value = v)));
    await wb.xlsx.writeFile(book);
    fs.writeFileSync(said, `${THRESHOLD_NARRATIVE}\n`);
  });
  const run = async (args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  };
  const unexplained = (out: string) => (JSON.parse(out) as { findings: { rule: string; severity: string; message: string }[] }).findings.filter((f) => f.rule === 'narrative.item_unexplained');

  test('100 万元: 行政运行 (120) is not named → a warning; 150 万元, or no option → none', async () => {
    const asked = await run(['check', book, '--narrative', said, '--explain-threshold', '100', '--json']);
    expect(unexplained(asked.out).map((f) => [f.severity, f.message])).toEqual([['warning', expect.stringContaining('2130201 行政运行')]]);
    const plain = await run(['check', book, '--narrative', said, '--json']);
    expect(unexplained(plain.out)).toEqual([]);
    const high = await run(['check', book, '--narrative', said, '--explain-threshold', '150万元', '--json']);
    expect(unexplained(high.out)).toEqual([]);
  });

  test('a value that is not an amount: exit 2 with the reason', async () => {
    const bad = await run(['check', book, '--narrative', said, '--explain-threshold', '很多']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--explain-threshold 应为不小于0的金额（万元）');
  });
});
