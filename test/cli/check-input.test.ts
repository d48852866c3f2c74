/**
 * What `yusuan check` makes of its input (issue 11): a workbook without any budget table does not
 * pass; folders with --recursive and unreadable files listed in the JSON; --corrections entries
 * that name nothing are reported with the valid choices; a --rules line naming a figure no table
 * has is reported with line and column; 差额 has one sign (实际 − 应为) and messages carry no dotted
 * names of the rule notation.
 */
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as path from 'path';
import { FIXTURE_NAMES, fixturePath } from '../fixtures';
import { run, tempDir } from './run-cli';

const WB = fixturePath('yongdeng-2024');

async function writeWorkbook(file: string, rows: (string | number)[][], sheet = 'Sheet1'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  rows.forEach((r) => ws.addRow(r));
  await wb.xlsx.writeFile(file);
  return file;
}

describe('a workbook in which no budget table is recognized', () => {
  it('does not pass: exit 2, says so, and names what each sheet held', async () => {
    const file = await writeWorkbook(path.join(tempDir(), '名单.xlsx'), [['姓名', '电话'], ['张三', '123']]);
    for (const argv of [['check', file], ['check', file, '--json']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('没有识别出任何预算公开表格');
      expect(r.err).toContain('工作表「Sheet1」');
      expect(r.out).toBe('');
    }
    const narrative = await run(['narrative', file]);
    expect([narrative.code, narrative.err]).toEqual([2, expect.stringContaining('没有识别出任何预算公开表格')]);
  });
});

describe('folders', () => {
  it('descend only with --recursive; without it the subfolders are pointed out', async () => {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, '子单位'));
    fs.copyFileSync(WB, path.join(dir, '子单位', 'a.xlsx'));
    const flat = await run(['check', dir, '--json']);
    expect([flat.code, flat.err]).toEqual([2, expect.stringContaining('子文件夹中有 1 个，加 --recursive')]);
    const deep = await run(['check', dir, '--json', '--recursive']);
    expect(deep.code).toBe(1); // 永登 has real errors
    expect(JSON.parse(deep.out).map((x: { workbook: string }) => x.workbook)).toEqual([path.join('子单位', 'a.xlsx')]);
  });

  it('files that could not be checked are in the JSON too, in file order, in the report shape', async () => {
    const dir = tempDir();
    fs.copyFileSync(WB, path.join(dir, 'b.xlsx'));
    fs.writeFileSync(path.join(dir, 'a.xlsx'), '不是工作簿');
    await writeWorkbook(path.join(dir, 'c.xlsx'), [['无关内容']]);
    const r = await run(['check', dir, '--json']);
    const j = JSON.parse(r.out) as { workbook: string; unreadable?: string; tables: unknown[]; findings: { rule: string; severity: string }[]; summary: { errors: number } }[];
    expect(j.map((x) => x.workbook)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(j[0].unreadable).toContain('不是 Excel 工作簿');
    expect(j[2].unreadable).toContain('没有识别出任何预算公开表格');
    for (const bad of [j[0], j[2]]) {
      expect(bad.tables).toEqual([]);
      expect(bad.findings).toEqual([expect.objectContaining({ rule: 'input.unreadable', severity: 'error' })]);
      expect(bad.summary.errors).toBe(1);
    }
    expect(j[1].unreadable).toBeUndefined();
    expect(r.err).toContain('无法检查「a.xlsx」');
    expect(r.code).toBe(1);
  });
});

describe('--corrections', () => {
  const withCorrections = async (entries: unknown) => {
    const file = path.join(tempDir(), '更正.json');
    fs.writeFileSync(file, JSON.stringify(entries));
    return run(['check', WB, '--json', '--corrections', file]);
  };

  it('a sheet, kind or unit that does not exist is reported with the valid choices, not ignored silently', async () => {
    const r = await withCorrections([
      { sheet: 'Sheet3', kind: 'three_public_expenses', unit: '万元' },
      { sheet: '表八 三公经费会议费培训费', kind: 'three_public_expense', unit: '千元' },
      { sheet: '表八 三公经费会议费培训费', index: 1.5 },
    ]);
    expect([0, 1]).toContain(r.code);
    expect(r.err).toContain('更正第 1 条：工作簿中没有工作表「Sheet3」');
    expect(r.err).toContain('现有工作表：表一 收支总体情况表');
    expect(r.err).toContain('更正第 2 条：表格种类「three_public_expense」不存在，是否是「three_public_expenses」');
    expect(r.err).toContain('可用种类：income_expenditure_summary（收支总表）');
    expect(r.err).toContain('更正第 2 条：单位「千元」无法识别（应为「元」或「万元」');
    expect(r.err).toContain('更正第 3 条：表格序号「1.5」无效');
    const reasons = JSON.parse(r.out).sheets.map((s: { reason?: string }) => s.reason ?? '').join('');
    expect(reasons).toContain('更正指向的表格序号「1.5」不是 0 起的整数');
    expect(reasons).not.toContain('2.5');
  });

  it('a kind written by its Chinese name is pointed to its id; a correct entry gives no note', async () => {
    const r = await withCorrections([{ sheet: '表八 三公经费会议费培训费', kind: '“三公”经费表' }]);
    expect(r.err).toContain('是否是「three_public_expenses」');
    const ok = await withCorrections([{ sheet: '表八 三公经费会议费培训费', kind: 'three_public_expenses', unit: '万元' }]);
    expect(ok.err).toBe('');
  });

  it('valid JSON that is not a list is an error (exit 2), not ignored', async () => {
    const r = await withCorrections({ sheet: '表一 收支总体情况表', kind: 'income_summary' });
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('应为 JSON 数组')]);
    expect(r.out).toBe('');
  });
});

describe('--rules', () => {
  it('a line naming a figure no table has is reported like a syntax error, with line and column', async () => {
    const file = path.join(tempDir(), '规则.txt');
    fs.writeFileSync(file, '收支总表.收入总计 = 收支总表.支出总计\n  收支总表.收入总记 = 收支总表.支出总计\n');
    const r = await run(['check', WB, '--json', '--rules', file]);
    const msgs = JSON.parse(r.out).findings.filter((f: { rule: string }) => f.rule === 'rules.syntax').map((f: { message: string }) => f.message);
    expect(msgs).toEqual([expect.stringMatching(/^自定义规则第2行第8列：收支总表中没有「收入总记」这一项/)]);
  });
});

describe('one sign for 差额 and no dotted names in messages', () => {
  it.each(FIXTURE_NAMES)('%s: every 「差额 x」 in a message is the difference field (实际 − 应为), every difference is 实际 − 应为', async (name) => {
    const r = await run(['check', fixturePath(name), '--json', '--narrative', fixturePath(name, '.narrative.txt')]);
    const findings = JSON.parse(r.out).findings as { message: string; expected?: string; actual?: string; difference?: string }[];
    const all = findings.flatMap((f) => [f, ...(((f as { consequences?: typeof findings }).consequences) ?? [])]);
    let compared = 0;
    for (const f of all) {
      // 「…，差额 -89.05万元」 ends the comparison the finding is about (its consequences come in brackets after)
      const m = /，差额 (-?[\d,.]+)万?元(?!.*，差额)/.exec(f.message.replace(/（由此导致：.*$/, ''));
      if (m && f.difference !== undefined) {
        expect(m[1]).toBe(f.difference);
        compared++;
      }
      const numeric = (s?: string) => s !== undefined && /^-?\d+(\.\d+)?$/.test(s);
      if (numeric(f.expected) && numeric(f.actual) && numeric(f.difference)) {
        expect(Number(f.difference)).toBeCloseTo(Number(f.actual) - Number(f.expected), 6);
      }
      expect(f.message).not.toMatch(/[\u4e00-\u9fa5]表\.[\u4e00-\u9fa5]/); // 「收支总表.收入总计」
    }
    if (name === 'yongdeng-2024') expect(compared).toBeGreaterThan(3);
  });
});
