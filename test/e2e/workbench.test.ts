/**
 * The workbench in Debian chromium, on every real fixture: open the file, 一键检查, open a finding,
 * mark and clear, correct a table kind, generate / copy / download the 说明, check a pasted 说明,
 * and a screenshot of every tab under test-output/ (look at them).
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { severityName } from '../../src/findings';
import { listBuiltinRules } from '../../src/rules';
import { chartsFor } from '../../src/narrative/charts';
import { FIXTURE_NAMES, fixturePath, loadTruth } from '../fixtures';
import { OUTPUT_DIR, screenshot, type PageWatch } from './browser';
import { cellLabel, expectedFor, type Expected } from './expected';
import { servedPane } from './served-pane';
import type { WorkbenchHook } from '../../taskpane/workbench/test-hook';

declare global {
  interface Window {
    yusuanWorkbench?: WorkbenchHook;
  }
}

const pane = servedPane();

describe.each(FIXTURE_NAMES)('workbench on %s', (name) => {
  let w: PageWatch;
  let exp: Expected;

  beforeAll(async () => {
    exp = await expectedFor(name);
    w = await pane.open({ clipboard: true });
  });
  afterAll(async () => {
    await w?.context.close();
  });

  test('falls back to the workbench quickly when office.js cannot load', async () => {
    await w.page.waitForSelector('html[data-host="none"]', { timeout: 8000 });
    await w.page.getByTestId('workbench-bar').waitFor();
  });

  test('一键检查 shows the tables and findings the engine finds', async () => {
    const { page } = w;
    await page.getByTestId('workbook-file').setInputFiles(fixturePath(name));
    await page.getByTestId('workbook-name').filter({ hasText: `${name}.xlsx` }).waitFor();
    await page.getByRole('button', { name: '一键检查' }).click();
    await page.getByTestId('summary').waitFor({ timeout: 60000 });
    // Every fixture has real inconsistencies (truth.json); the engine must report some, or the
    // navigation tests below would prove nothing.
    expect(loadTruth(name).findings.length).toBeGreaterThan(0);
    expect(exp.analysis.findings.length).toBeGreaterThan(0);
    await expect(page.getByTestId('summary-tables').textContent()).resolves.toBe(`表格 ${exp.tables} 张`);
    await expect(page.getByTestId('summary-errors').textContent()).resolves.toBe(`错误 ${exp.errors} 项`);
    await expect(page.getByTestId('summary-warnings').textContent()).resolves.toBe(`提示 ${exp.warnings} 项`);
    await expect(page.getByTestId('finding').count()).resolves.toBe(exp.analysis.findings.length);
    // the reviewer's summary: every fixture has real balance errors, so 准确性 needs work
    await expect(page.getByTestId('review-准确性').textContent()).resolves.toContain('需改进');
    await expect(page.getByTestId('review-说明质量').textContent()).resolves.toContain('未检查');
    const first = page.getByTestId('finding').first();
    await expect(first.textContent()).resolves.toContain(exp.analysis.findings[0].message);
    await expect(first.textContent()).resolves.toContain(severityName(exp.analysis.findings[0].severity));
    // Shared runtime: the YS.* cells use the pane's analysis and never read the workbook themselves.
    const published = await page.evaluate(() => window.yusuanWorkbench!.published());
    expect(published).toMatchObject({ tables: exp.tables, findings: exp.analysis.findings.length, reads: 0 });
    await expect(page.evaluate(() => window.yusuanWorkbench!.ysCheck('错误'))).resolves.toBe(exp.errors);
    await screenshot(page, `${name}-1-检查`);
  });

  test('filters narrow the list (severity, search)', async () => {
    const { page } = w;
    await page.getByRole('combobox', { name: '级别' }).click();
    await page.getByRole('option', { name: '错误' }).click();
    await expect(page.getByTestId('finding').count()).resolves.toBe(exp.errors);
    await page.getByRole('combobox', { name: '级别' }).click();
    await page.getByRole('option', { name: '全部级别' }).click();
    await page.getByRole('searchbox').fill('没有这样的文字zzz');
    await expect(page.getByTestId('finding').count()).resolves.toBe(0);
    await page.getByRole('searchbox').fill('');
    await expect(page.getByTestId('finding').count()).resolves.toBe(exp.analysis.findings.length);
  });

  test('opening a finding selects its cells on its sheet', async () => {
    const { page } = w;
    const idx = exp.analysis.findings.findIndex((f) => f.cells.length > 0);
    expect(idx).toBeGreaterThanOrEqual(0);
    const f = exp.analysis.findings[idx];
    await page.getByTestId('finding').nth(idx).click();
    await expect(page.getByTestId('finding').nth(idx).getAttribute('aria-current')).resolves.toBe('true');
    const c = f.cells[0];
    await expect(page.getByTestId('preview-selection').textContent()).resolves.toContain(cellLabel(c.sheet, c.row, c.col));
    // The preview switched to the finding's sheet and outlines the cell.
    await page.locator(`td[data-cell="${cellLabel(c.sheet, c.row, c.col).split('!')[1]}"][data-selected]`).waitFor();
    await screenshot(page, `${name}-1b-转到单元格`);
  });

  test('标记问题单元格 marks every problem cell, 清除标记 removes every mark', async () => {
    const { page } = w;
    await page.getByRole('button', { name: '标记问题单元格' }).click();
    await expect(page.getByTestId('preview-marked').textContent()).resolves.toBe(String(exp.problemCells));
    expect(await page.locator('td[data-marked]').count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: '清除标记' }).click();
    await expect(page.getByTestId('preview-marked').textContent()).resolves.toBe('0');
    expect(await page.locator('td[data-marked]').count()).toBe(0);
  });

  test('re-check keeps the list where the user was reading and says what changed', async () => {
    const { page } = w;
    const panel = page.getByTestId('panel-check');
    await panel.evaluate((el) => (el.scrollTop = 200));
    expect(await panel.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    // The first finding visible below the sticky toolbar, and where it sits on screen.
    const anchor = () =>
      panel.evaluate((el) => {
        const bar = el.querySelector('[data-testid="check-actions"]')!.getBoundingClientRect().bottom;
        const items = [...el.querySelectorAll('[data-testid="finding"]')];
        const i = items.findIndex((f) => f.getBoundingClientRect().top >= bar);
        return { i, top: i >= 0 ? Math.round(items[i].getBoundingClientRect().top) : -1 };
      });
    const before = await anchor();
    expect(before.i).toBeGreaterThanOrEqual(0);
    await page.getByRole('button', { name: '一键检查' }).click();
    await page.getByTestId('summary-changes').waitFor();
    await expect(page.getByTestId('summary-changes').textContent()).resolves.toContain('已修复 0 项，新增 0 项');
    const after = await anchor();
    expect(after.i).toBe(before.i);
    expect(Math.abs(after.top - before.top)).toBeLessThanOrEqual(2);
  });

  test('说明: generate, copy to Word (rich text), download the .docx', async () => {
    const { page } = w;
    await page.getByRole('tab', { name: '说明' }).click();
    await page.getByRole('button', { name: '生成说明' }).click();
    const sections = page.getByTestId('narrative-sections');
    await sections.waitFor();
    const first = await sections.locator('textarea').first().inputValue();
    expect(first.length).toBeGreaterThan(10);
    await screenshot(page, `${name}-2-说明`);
    // 图1–图4 as the engine draws them in Node: each shown (decoded — the CSP lets data: images in),
    // its figures as alt text and as the caption beneath
    const charts = chartsFor(exp.analysis.model, exp.analysis.priorModel);
    const figures = page.getByTestId('narrative-chart');
    await expect(figures.count()).resolves.toBe(charts.length);
    for (const [i, c] of charts.entries()) {
      const fig = figures.nth(i);
      await expect(fig.getAttribute('data-chart')).resolves.toBe(c.id);
      await expect(fig.locator('img').getAttribute('alt')).resolves.toBe(`${c.title}：${c.caption}`);
      await expect(fig.locator('figcaption').textContent()).resolves.toBe(`${c.title}${c.caption}`);
      await expect(fig.locator('img').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).resolves.toBe(c.width);
    }
    if (charts.length > 0) {
      await figures.first().scrollIntoViewIfNeeded();
      await screenshot(page, `${name}-2c-说明图表`);
    }
    await page.getByRole('button', { name: '复制到 Word' }).click();
    await page.getByTestId('notice-bar').filter({ hasText: '已复制' }).waitFor();
    const clip = await page.evaluate(async () => {
      const items = await navigator.clipboard.read();
      const html = items[0].types.includes('text/html') ? await (await items[0].getType('text/html')).text() : '';
      const text = await (await items[0].getType('text/plain')).text();
      return { html, text };
    });
    expect(clip.text).toContain(first.split('\n')[0]);
    expect(clip.html).toMatch(/<p|<h/);
    expect(clip.html.match(/<img src="data:image\/png;base64,/g) ?? []).toHaveLength(charts.length);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 .docx' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    const file = path.join(OUTPUT_DIR, `${name}.docx`);
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain(first.split('\n')[0].slice(0, 8));
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(charts.length);
  });

  test('说明: a pasted 说明 is checked against the tables', async () => {
    const { page } = w;
    await page.getByTestId('existing-narrative').fill(fs.readFileSync(fixturePath(name, '.narrative.txt'), 'utf8'));
    await page.getByRole('button', { name: '检查这份说明' }).click();
    if (exp.narrativeFindings > 0) {
      await page.getByTestId('narrative-findings').waitFor();
      await expect(page.getByTestId('narrative-findings').getByTestId('finding').count()).resolves.toBe(exp.narrativeFindings);
    } else {
      await page.getByText('说明中的数字与表格一致，未发现问题。').waitFor();
    }
    // The text's findings are part of the workbook's check: the YS.CHECK cells count them too.
    await expect(page.evaluate(() => window.yusuanWorkbench!.ysCheck('全部'))).resolves.toBe(exp.withNarrative);
    await expect(page.evaluate(() => window.yusuanWorkbench!.published()!.reads)).resolves.toBe(0);
    await screenshot(page, `${name}-2b-说明检查`);
  });

  test('表格 lists every table; 转到此表 selects it; a kind correction reruns the check', async () => {
    const { page } = w;
    await page.getByRole('tab', { name: '表格' }).click();
    await expect(page.getByTestId('table-item').count()).resolves.toBe(exp.tables);
    await screenshot(page, `${name}-3-表格`);
    const t = exp.analysis.tables[1];
    const item = page.getByTestId('table-item').nth(1);
    await item.getByRole('button', { name: '转到此表' }).click();
    await expect(page.getByTestId('preview-selection').textContent()).resolves.toContain(cellLabel(t.sheet, t.range.r0, t.range.c0));
    // Correct its kind to 项目支出表 (or 收入总表 if it is one already).
    const target = t.kind === 'project_expenditure' ? '收入总表' : '项目支出表';
    const targetId = t.kind === 'project_expenditure' ? 'income_summary' : 'project_expenditure';
    await item.getByRole('combobox', { name: `${t.sheet} 的表格类型` }).click();
    await page.getByRole('option', { name: target, exact: true }).click();
    await page.locator(`[data-testid="table-item"][data-sheet="${t.sheet}"][data-kind="${targetId}"]`).waitFor({ timeout: 60000 });
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByTestId('summary-changes').waitFor();
    await screenshot(page, `${name}-3b-更正后检查`);
  });

  test('规则 lists the built-in rules; switching one off is saved and reruns the check', async () => {
    const { page } = w;
    const builtin = new Map(listBuiltinRules().map((r) => [r.id, r.name]));
    const shownRules = await page.getByTestId('panel-check').getByTestId('finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
    const ruleId = shownRules.find((r) => builtin.has(r));
    expect(ruleId).toBeDefined();
    await page.getByRole('tab', { name: '规则' }).click();
    const list = page.getByTestId('rule-list');
    await list.waitFor();
    await expect(list.getByRole('switch').count()).resolves.toBe(builtin.size);
    await screenshot(page, `${name}-4-规则`);
    const toggle = list.getByRole('switch', { name: `启用规则：${builtin.get(ruleId!)}`, exact: true });
    await toggle.click();
    await page.getByRole('tab', { name: '检查' }).click();
    await page.getByTestId('summary-changes').filter({ hasText: /已修复 [1-9]\d* 项/ }).waitFor();
    await expect(page.locator(`[data-testid="panel-check"] [data-testid="finding"][data-rule="${ruleId}"]`).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: '规则' }).click();
    await toggle.click();
    await page.getByRole('tab', { name: '检查' }).click();
    await page.locator(`[data-testid="panel-check"] [data-testid="finding"][data-rule="${ruleId}"]`).first().waitFor();
    // User rules: a syntax error is reported in Chinese with its line.
    await page.getByRole('tab', { name: '规则' }).click();
    await page.getByRole('textbox', { name: '自定义规则' }).fill('收支总表.收入总计 = = 收支总表.支出总计');
    await page.getByTestId('rule-errors').waitFor();
    expect(await page.getByTestId('rule-errors').textContent()).toMatch(/第 1 行/);
  });

  test('no request leaves the machine and the page raises no errors', async () => {
    expect(w.foreignRequests).toEqual([]);
    expect(w.pageErrors).toEqual([]);
  });
});

describe('bad input', () => {
  test('a file that is not a workbook gives a Chinese message and the pane stays usable', async () => {
    const w = await pane.open();
    try {
      const input = w.page.getByTestId('workbook-file');
      await input.setInputFiles({ name: '说明.txt', mimeType: 'text/plain', buffer: Buffer.from('不是工作簿') });
      await w.page.getByTestId('error-bar').filter({ hasText: '不是 .xlsx 文件' }).waitFor();
      await input.setInputFiles({ name: '损坏.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004 broken') });
      await w.page.getByTestId('error-bar').filter({ hasText: '无法读取工作簿「损坏.xlsx」' }).waitFor();
      await screenshot(w.page, 'bad-file-错误提示');
      await w.page.getByRole('button', { name: '打开示例工作簿' }).click();
      await w.page.getByTestId('workbook-name').filter({ hasText: 'yongdeng-2024.xlsx' }).waitFor();
      await expect(w.page.getByTestId('error-bar').count()).resolves.toBe(0);
      await w.page.getByRole('button', { name: '一键检查' }).click();
      await w.page.getByTestId('summary').waitFor({ timeout: 60000 });
      expect(w.pageErrors).toEqual([]);
    } finally {
      await w.context.close();
    }
  });
});

describe('copy fallback', () => {
  test('when the clipboard is blocked the text is shown selected for Ctrl+C', async () => {
    const w = await pane.open();
    try {
      await w.page.evaluate(() => {
        Object.defineProperty(navigator, 'clipboard', { value: { write: () => Promise.reject(new Error('blocked')), writeText: () => Promise.reject(new Error('blocked')) } });
      });
      await w.page.getByRole('button', { name: '打开示例工作簿' }).click();
      await w.page.getByTestId('workbook-name').waitFor();
      await w.page.getByRole('button', { name: '一键检查' }).click();
      await w.page.getByTestId('summary').waitFor({ timeout: 60000 });
      await w.page.getByRole('tab', { name: '说明' }).click();
      await w.page.getByRole('button', { name: '生成说明' }).click();
      await w.page.getByRole('button', { name: '复制到 Word' }).click();
      const area = w.page.getByTestId('copy-fallback');
      await area.waitFor();
      const selected = await area.evaluate((el) => {
        const t = el as HTMLTextAreaElement;
        return { len: t.value.length, sel: t.selectionEnd - t.selectionStart, focused: document.activeElement === t };
      });
      expect(selected.len).toBeGreaterThan(50);
      expect(selected.sel).toBe(selected.len);
      expect(selected.focused).toBe(true);
      await w.page.getByText('请按 Ctrl+C 复制').waitFor();
      await screenshot(w.page, 'sample-2c-复制回退');
    } finally {
      await w.context.close();
    }
  });
});
