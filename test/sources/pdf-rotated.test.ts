/**
 * Rotated pages (none in the corpus; other cities print them): a landscape table page stored
 * portrait with /Rotate 90, or drawn sideways without it (the text runs up the page), is read as
 * the reader sees it once turned; rotated text the source cannot read (a slanted stamp, a
 * vertical note) is named in Chinese, never dropped silently. Invented figures.
 */
import { analyze } from '../../src/engine';
import { extractPdfInNode } from '../../src/sources/pdf-node';
import { pdfPackage } from '../../src/sources/pdf-open';
import type { PdfDocumentContent } from '../../src/sources/pdf-types';
import { HEAD } from './pdf-invented';
import { buildPdf, ruledTable, type TestPage } from './pdf-writer';

/** A ruled 收支总表, balanced unless `income` says otherwise. */
function summary(income = '1,234.56'): TestPage {
  const t = ruledTable(40, 100, [170, 90, 170, 90], [
    ['项目', '预算数', '项目', '预算数'],
    ['一、一般公共预算拨款收入', income, '一、一般公共服务支出', '1,000.00'],
    ['二、政府性基金预算拨款收入', '', '二、教育支出', '234.56'],
    ['本年收入合计', '1,234.56', '本年支出合计', '1,234.56'],
    ['收入总计', '1,234.56', '支出总计', '1,234.56'],
  ]);
  return { texts: [HEAD, { x: 300, y: 70, s: '2026年部门收支总表' }, { x: 480, y: 92, s: '单位：万元' }, ...t.texts], lines: t.lines };
}

async function content(page: TestPage): Promise<PdfDocumentContent> {
  const c = await extractPdfInNode(new Uint8Array(buildPdf([page])));
  if ('failure' in c) throw new Error(c.message);
  return c;
}

async function check(page: TestPage) {
  const pkg = pdfPackage('t.pdf', await content(page));
  if ('refused' in pkg) throw new Error(pkg.refused);
  const a = analyze(pkg.reading.tables.map((t) => t.grid));
  return { pkg, a, errors: a.findings.filter((f) => f.severity === 'error') };
}

describe('rotated pages', () => {
  test.each([['/Rotate 90', 'rotate'], ['drawn sideways (no /Rotate)', 'sideways']] as const)('%s: read like the upright page, figures and all', async (_, turn) => {
    const upright = await content(summary());
    const turned = await content({ ...summary(), turn });
    const key = (c: PdfDocumentContent) => c.pages[0].runs.map((r) => `${r.s}@${Math.round(r.x)},${Math.round(r.y)}`).sort();
    expect(key(turned)).toEqual(key(upright));
    expect(turned.pages[0].segments.length).toBe(upright.pages[0].segments.length);
    const { pkg, a, errors } = await check({ ...summary(), turn });
    expect(a.tables.map((t) => t.kind)).toEqual(['income_expenditure_summary']);
    expect(errors).toEqual([]);
    if (turn === 'sideways') expect(pkg.notes.join()).toContain('第1页的表格横向旋转排印，已按旋转后的方向读取');
  });

  test('a planted mistake on a rotated page is an error', async () => {
    const { errors } = await check({ ...summary('1,200.00'), turn: 'rotate' });
    expect(errors.length).toBeGreaterThan(0);
  });

  test('rotated text that cannot be read is named, in Chinese', async () => {
    const stamp = { x: 200, y: 300, s: '某某市某某局财务专用章某某市某某局财务专用章某某市某某局财务专用章', angle: 30 };
    const { pkg } = await check({ ...summary(), slanted: [stamp] });
    expect(pkg.notes.join()).toContain('第1页有旋转或斜向排印的文字未读取');
    const { pkg: plain } = await check(summary());
    expect(plain.notes.join()).not.toContain('旋转');
  });
});
