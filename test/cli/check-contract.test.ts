import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { FIXTURES_DIR, fixturePath } from '../fixtures';

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

describe('yusuan check --json (the contract)', () => {
  it('prints the contract shape for one workbook', async () => {
    const r = await run(['check', fixturePath('yongdeng-2024'), '--json']);
    expect([0, 1]).toContain(r.code);
    const j = JSON.parse(r.out);
    expect(j.workbook).toBe('yongdeng-2024.xlsx');
    expect(Array.isArray(j.tables)).toBe(true);
    expect(Array.isArray(j.findings)).toBe(true);
    expect(j.tables.length).toBeGreaterThanOrEqual(12);
    for (const t of j.tables) {
      expect(typeof t.sheet).toBe('string');
      expect(typeof t.kind).toBe('string');
      expect(typeof t.title).toBe('string');
      expect([null, '元', '万元']).toContain(t.unit);
      expect(t.range).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
      expect(typeof t.empty).toBe('boolean');
    }
    // every sheet is accounted for: a table count, or a reason
    expect(j.sheets.map((s: { sheet: string }) => s.sheet)).toEqual(
      expect.arrayContaining(j.tables.map((t: { sheet: string }) => t.sheet)),
    );
    expect(j.sheets).toHaveLength(17);
    expect(j.findings.length).toBeGreaterThan(0); // the sample has real errors: the loop below checks something
    for (const f of j.findings) {
      expect(typeof f.rule).toBe('string');
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(typeof f.message).toBe('string');
      expect(Array.isArray(f.cells)).toBe(true);
    }
  });

  it('extension review: the reviewer\'s summary (完整性/准确性/说明质量) agrees with the findings', async () => {
    const plain = JSON.parse((await run(['check', fixturePath('yongdeng-2024'), '--json'])).out);
    expect(plain.review.aspects.map((a: { aspect: string }) => a.aspect)).toEqual(['完整性', '准确性', '说明质量']);
    for (const a of plain.review.aspects) {
      expect(['良好', '基本合格', '需改进', '未检查']).toContain(a.grade);
      expect(typeof a.errors).toBe('number');
      expect(typeof a.warnings).toBe('number');
      expect(Array.isArray(a.notes)).toBe(true);
    }
    expect(typeof plain.review.verdict).toBe('string');
    // 永登 has real balance errors: 准确性 needs work, and its error count is the report's
    const accuracy = plain.review.aspects[1];
    expect(accuracy.grade).toBe('需改进');
    expect(plain.review.aspects.reduce((s: number, a: { errors: number }) => s + a.errors, 0)).toBe(plain.summary.errors);
    // without a 说明 its quality is not graded; with one it is
    expect(plain.review.aspects[2].grade).toBe('未检查');
    const withText = JSON.parse((await run(['check', fixturePath('yongdeng-2024'), '--narrative', fixturePath('yongdeng-2024', '.narrative.txt'), '--json'])).out);
    expect(withText.review.aspects[2].grade).not.toBe('未检查');
  });

  it('prints an array, one report per workbook, for a folder', async () => {
    const r = await run(['check', FIXTURES_DIR, '--json']);
    const j = JSON.parse(r.out);
    expect(j.map((x: { workbook: string }) => x.workbook).sort()).toEqual(['luanchuan-2023.xlsx', 'yichuan-2024.xlsx', 'yongdeng-2024.xlsx']);
  });

  it('lists a file of the folder that could not be checked in the same shape, with `unreadable` (extension)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-contract-'));
    fs.copyFileSync(fixturePath('yichuan-2024'), path.join(dir, 'b.xlsx'));
    fs.writeFileSync(path.join(dir, 'a.xlsx'), 'not a workbook');
    const j = JSON.parse((await run(['check', dir, '--json'])).out);
    expect(j.map((x: { workbook: string }) => x.workbook)).toEqual(['a.xlsx', 'b.xlsx']);
    const bad = j[0];
    expect(typeof bad.unreadable).toBe('string');
    expect(bad).toMatchObject({ tables: [], sheets: [], summary: { tables: 0, errors: 1, warnings: 0, infos: 0 } });
    expect(bad.findings).toEqual([{ rule: 'input.unreadable', severity: 'error', message: expect.stringContaining(bad.unreadable), cells: [] }]);
    expect(j[1].unreadable).toBeUndefined();
  });

  it('exits 2 with a Chinese reason for unusable input', async () => {
    const missing = await run(['check', 'no-such-file.xlsx']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('找不到');
    const notXlsx = await run(['check', fixturePath('yongdeng-2024', '.narrative.txt')]);
    expect(notXlsx.code).toBe(2);
    expect(notXlsx.err).toContain('不是 .xlsx');
  });

  it('prints a Chinese text report by default', async () => {
    const r = await run(['check', fixturePath('yongdeng-2024')]);
    expect(r.out).toContain('工作簿：yongdeng-2024.xlsx');
    expect(r.out).toContain('检查结果：');
  });
});
