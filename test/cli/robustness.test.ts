/**
 * A defect must not take a whole check (or a whole folder) down, and what the user reads is
 * Chinese, never a library's English message or a stack trace.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import * as engine from '../../src/engine';
import * as rules from '../../src/rules';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';
import { fixturePath } from '../fixtures';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

afterEach(() => jest.restoreAllMocks());

describe('robustness of the pipeline and the CLI', () => {
  it('a crash inside the rules leaves the tables and the 说明 check standing, with one warning', async () => {
    jest.spyOn(rules, 'runRules').mockImplementation(() => {
      throw new TypeError('Reduce of empty array with no initial value');
    });
    const src = await XlsxWorkbookSource.fromBuffer('y.xlsx', fs.readFileSync(fixturePath('yongdeng-2024')));
    const a = engine.analyze(await src.readSheets(), { narrative: fs.readFileSync(fixturePath('yongdeng-2024', '.narrative.txt'), 'utf8') });
    expect(a.tables.length).toBe(17);
    const internal = a.findings.filter((f) => f.rule === 'engine.internal');
    expect(internal).toHaveLength(1);
    expect(internal[0].message).toContain('校验规则未能完成');
    // the 说明 check still ran: 基本支出 137.05 vs 89.05 on line 97
    expect(a.findings.some((f) => f.line === 97 && f.severity === 'error')).toBe(true);
  });

  it('a workbook that crashes the engine does not stop the folder; the reason is Chinese without a stack', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-folder-'));
    fs.copyFileSync(fixturePath('yongdeng-2024'), path.join(dir, 'a.xlsx'));
    fs.copyFileSync(fixturePath('yichuan-2024'), path.join(dir, 'b.xlsx'));
    const real = engine.analyze;
    let calls = 0;
    jest.spyOn(engine, 'analyze').mockImplementation((sheets, options) => {
      if (calls++ === 0) throw new Error('boom');
      return real(sheets, options);
    });
    const r = await run(['check', dir, '--json']);
    const reports = JSON.parse(r.out) as { workbook: string; unreadable?: string }[];
    // the unreadable file is listed in the JSON too, with why (docs/json-contract.md)
    expect(reports.map((x) => [x.workbook, x.unreadable !== undefined])).toEqual([['a.xlsx', true], ['b.xlsx', false]]);
    expect(reports[0].unreadable).toContain('内部错误：检查未能完成（boom）');
    expect(r.err).toContain('无法检查「a.xlsx」：内部错误：检查未能完成（boom）');
    expect(r.err).not.toMatch(/\n\s+at /); // no stack without --debug
    expect(r.code).toBe(1); // b.xlsx has real errors
  });

  it('a file that is not really an .xlsx gets a Chinese reason, not the zip library’s', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-bad-'));
    const bad = path.join(dir, '坏文件.xlsx');
    fs.writeFileSync(bad, '这不是工作簿');
    const r = await run(['check', bad]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是 Excel 工作簿');
    expect(r.err).not.toMatch(/zip|central directory/i);
  });
});
