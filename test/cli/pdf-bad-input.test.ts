/**
 * Unusable PDFs get a clear Chinese reason and exit 2, never a stack trace or a hang: a scanned
 * PDF without text, an encrypted one, a truncated one, a file that only claims to be a PDF, a
 * PDF that is not a budget package. A 300-page package is read within a bounded time.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { buildPdf, ruledTable, type TestPage } from '../sources/pdf-writer';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-badpdf-'));

async function check(name: string, data: Buffer): Promise<{ code: number; out: string; err: string }> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, data);
  let out = '';
  let err = '';
  const code = await runCli(['check', file], { out: (s) => (out += s + '\n'), err: (s) => (err += s + '\n') });
  return { code, out, err };
}

function expectChineseReason(r: { code: number; err: string }, reason: RegExp): void {
  expect(r.code).toBe(2);
  expect(r.err).toMatch(reason);
  expect(r.err).not.toMatch(/\n\s+at |Error:|Exception/);
}

const tablePage = (unit: string): TestPage => {
  const t = ruledTable(40, 100, [160, 90, 160, 90], [
    ['项目', '预算数', '项目', '预算数'],
    ['一般公共预算拨款收入', '10.00', '一般公共服务支出', '10.00'],
    ['收入总计', '10.00', '支出总计', '10.00'],
  ]);
  return { texts: [{ x: 300, y: 70, s: '部门收支总表' }, { x: 40, y: 92, s: `部门：${unit}` }, { x: 480, y: 92, s: '单位：万元' }, ...t.texts], lines: t.lines };
};
const TABLE_PAGE = tablePage('某某局');

describe('yusuan check on unusable PDFs', () => {
  it('a scanned PDF (pages without a text layer)', async () => {
    const r = await check('扫描件.pdf', buildPdf([{ lines: [{ x0: 10, y0: 10, x1: 500, y1: 10 }] }, { lines: [] }]));
    expectChineseReason(r, /没有文字层（可能是扫描件/);
  });

  it('an encrypted PDF', async () => {
    const r = await check('加密.pdf', buildPdf([TABLE_PAGE], { encrypted: true }));
    expectChineseReason(r, /已加密/);
  });

  it('a truncated PDF', async () => {
    const full = buildPdf([TABLE_PAGE, TABLE_PAGE]);
    const r = await check('截断.pdf', full.subarray(0, Math.floor(full.length * 0.3)));
    expectChineseReason(r, /无法读取「截断\.pdf」：/);
  });

  it('a file that only has the .pdf name', async () => {
    const r = await check('假的.pdf', Buffer.from('这不是 PDF 文件'));
    expectChineseReason(r, /不是 PDF/);
  });

  it('a PDF that is not a budget package (text only)', async () => {
    const prose: TestPage = { texts: Array.from({ length: 20 }, (_, i) => ({ x: 40, y: 60 + i * 20, s: `第${i + 1}条 本办法自发布之日起施行，由办公室负责解释。` })) };
    const r = await check('通知.pdf', buildPdf([prose, prose]));
    expectChineseReason(r, /没有找到表格.*不像部门预算/);
  });

  it('a 300-page package (one table per unit) is read in bounded time and checked', async () => {
    const t0 = Date.now();
    const r = await check('大文件.pdf', buildPdf(Array.from({ length: 300 }, (_, i) => tablePage(`第${i + 1}单位`))));
    expect(r.code).not.toBe(2);
    expect(r.out).toContain('识别表格 300 张');
    expect(Date.now() - t0).toBeLessThan(60000);
  }, 90000);
});
