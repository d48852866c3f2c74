/**
 * Browser tests beyond the per-fixture walk-through (workbench.test.ts): 「取消」 mid-check (the
 * workbench slows the steps through its test hook), the prior-year workbook picker and the typed
 * prior-year figures of the 说明, section editors that show their whole text, keyboard use, and the
 * pane alone at 350 px wide. Screenshots in test-output/ (look at them).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { analyze } from '../../src/engine';
import { generateNarrative } from '../../src/narrative';
import { XlsxWorkbookSource } from '../../src/sources/xlsx';
import type { WorkbenchHook } from '../../taskpane/workbench/test-hook';
import { fixturePath } from '../fixtures';
import { priorYearSheets, writePriorWorkbook } from '../narrative/prior-workbook';
import { packagePdf } from '../sources/pdf-invented';
import { eventually, openAndCheck, OUTPUT_DIR, screenshot, type PageWatch } from './browser';
import { servedPane } from './served-pane';

declare global {
  interface Window {
    yusuanWorkbench?: WorkbenchHook;
  }
}

const NAME = 'yichuan-2024';
const pane = servedPane();

async function withPane(fn: (w: PageWatch) => Promise<void>, viewport?: { width: number; height: number }): Promise<void> {
  const w = await pane.open();
  try {
    if (viewport) await w.page.setViewportSize(viewport);
    await w.page.waitForSelector('html[data-host="none"]');
    await fn(w);
    expect(w.pageErrors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
  } finally {
    await w.context.close();
  }
}

const hook = <T>(page: Page, fn: (h: WorkbenchHook) => T | Promise<T>) =>
  page.evaluate(`(${fn.toString()})(window.yusuanWorkbench)`) as Promise<T>;

async function sectionTexts(page: Page): Promise<string[]> {
  return page.getByTestId('narrative-sections').locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
}

/** The 说明 the engine writes in Node for the same inputs, one string per section. */
async function engineSections(options: { priorFigures?: Record<string, string>; prior?: boolean }, priorFile?: string): Promise<string[]> {
  const read = async (f: string) => (await XlsxWorkbookSource.fromBuffer(path.basename(f), fs.readFileSync(f))).readSheets();
  const a = analyze(await read(fixturePath(NAME)), { prior: options.prior && priorFile ? await read(priorFile) : undefined });
  const doc = generateNarrative(a.model, { prior: a.priorModel, priorFigures: options.priorFigures });
  return doc.sections.map((s) => s.paragraphs.map((p) => p.text).join('\n'));
}

describe('取消', () => {
  test('a slowed check cancelled mid-way shows and publishes nothing; a cancelled re-check keeps the last results', async () => {
    await withPane(async ({ page }) => {
      await page.getByTestId('workbook-file').setInputFiles(fixturePath(NAME));
      await page.getByTestId('workbook-name').filter({ hasText: `${NAME}.xlsx` }).waitFor();
      await hook(page, (h) => h.setStepDelay(1500));
      await page.getByRole('button', { name: '一键检查' }).click();
      await page.getByRole('progressbar').waitFor();
      await expect(page.getByRole('button', { name: '一键检查' }).isDisabled()).resolves.toBe(true);
      await screenshot(page, 'cancel-1-进度');
      await page.getByRole('button', { name: '取消检查' }).click();
      await page.getByTestId('notice-bar').filter({ hasText: '检查已取消' }).waitFor();
      await expect(page.getByRole('progressbar').count()).resolves.toBe(0);
      // The steps still running notice the cancel at their next boundary (≤ one delay): nothing lands.
      await page.waitForTimeout(2500);
      await expect(page.getByTestId('summary').count()).resolves.toBe(0);
      await expect(hook(page, (h) => h.published())).resolves.toBeNull();

      await hook(page, (h) => h.setStepDelay(0));
      await page.getByRole('button', { name: '一键检查' }).click();
      await page.getByTestId('summary').waitFor({ timeout: 60000 });
      const shown = await page.getByTestId('finding').count();
      expect(shown).toBeGreaterThan(0);
      const published = await hook(page, (h) => h.published());

      await hook(page, (h) => h.setStepDelay(1500));
      await page.getByRole('button', { name: '一键检查' }).click();
      await page.getByRole('progressbar').waitFor();
      await page.getByRole('button', { name: '取消检查' }).click();
      await page.waitForTimeout(2500);
      await expect(page.getByTestId('finding').count()).resolves.toBe(shown);
      await expect(page.getByTestId('summary-changes').count()).resolves.toBe(0); // no second run finished
      await expect(hook(page, (h) => h.published())).resolves.toEqual(published);
    });
  });
});

describe('说明: the prior year', () => {
  test('typed prior-year figures give 比上年 sentences and are saved in the workbook', async () => {
    await withPane(async ({ page }) => {
      await openAndCheck(page, fixturePath(NAME));
      await page.getByRole('tab', { name: '说明' }).click();
      const box = page.getByTestId('prior-figures');
      await box.locator('summary').click();
      const income = page.getByRole('textbox', { name: '上年收入总计（万元）' });
      await income.fill('abc');
      await income.press('Enter');
      await box.getByText('请填写金额（万元）').waitFor();
      await income.fill('916.20');
      await income.press('Enter');
      const fiscal = page.getByRole('textbox', { name: '上年财政拨款收支总计（万元）' });
      await fiscal.fill('１,０00万元'); // full-width digits, 千分位 and a unit are read like in the tables
      await fiscal.blur();
      await box.getByText('2/').waitFor();
      await expect(hook(page, (h) => h.setting('yusuan.priorFigures'))).resolves.toEqual({ 收入总计: '916.2', 财政拨款收支总计: '1000' });
      await page.getByRole('button', { name: '生成说明' }).click();
      await page.getByTestId('narrative-sections').waitFor();
      const texts = await sectionTexts(page);
      expect(texts.join('\n')).toContain('收、支总计各增加229.05万元，增长25.00%');
      expect(texts).toEqual(await engineSections({ priorFigures: { 收入总计: '916.2', 财政拨款收支总计: '1000' } }));
      await screenshot(page, `${NAME}-2d-上年数`);

      // A changed figure regenerates the text; an edit of a section whose text did not change stays.
      const editors = page.getByTestId('narrative-sections').locator('textarea');
      const lastIdx = (await editors.count()) - 1;
      await editors.nth(lastIdx).fill('用户改写的最后一节。');
      await income.fill('1000');
      await income.press('Enter');
      const needle = '收、支总计各增加145.25万元，增长14.53%';
      await expect(eventually(async () => (await sectionTexts(page)).join('\n'), (t) => t.includes(needle))).resolves.toContain(needle);
      await expect(editors.nth(lastIdx).inputValue()).resolves.toBe('用户改写的最后一节。');
    });
  });

  test('a prior-year workbook picked in the 说明 tab is used for 比上年 and the check reruns with it', async () => {
    const src = await XlsxWorkbookSource.fromBuffer(`${NAME}.xlsx`, fs.readFileSync(fixturePath(NAME)));
    const sheets = await src.readSheets();
    const priorFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-e2e-')), `${NAME.replace('2024', '2023')}.xlsx`);
    await writePriorWorkbook(fixturePath(NAME), priorYearSheets(sheets, analyze(sheets).tables, 2024, { factor: '0.8' }), priorFile);
    await withPane(async ({ page }) => {
      await openAndCheck(page, fixturePath(NAME));
      await page.getByRole('tab', { name: '说明' }).click();
      await expect(hook(page, (h) => h.published()!.prior)).resolves.toBe(false);
      await page.getByTestId('prior-file').setInputFiles(priorFile);
      await page.getByTestId('prior-status').filter({ hasText: path.basename(priorFile) }).waitFor();
      await expect(eventually(() => hook(page, (h) => h.published()!.prior), (p) => p)).resolves.toBe(true);
      await expect(page.getByTestId('prior-figures').count()).resolves.toBe(0); // the workbook gives the figures
      await page.getByRole('button', { name: '生成说明' }).click();
      await page.getByTestId('narrative-sections').waitFor();
      const texts = await sectionTexts(page);
      expect(texts.join('\n')).toContain('增加229.05万元，增长25.00%');
      expect(texts).toEqual(await engineSections({ prior: true }, priorFile));
      await screenshot(page, `${NAME}-2e-上年工作簿`);
      await page.getByRole('button', { name: '移除上年工作簿' }).click();
      await expect(eventually(() => hook(page, (h) => h.published()!.prior), (p) => !p)).resolves.toBe(false);
      await page.getByTestId('prior-figures').waitFor();
    });
  });
});

describe('说明: a prior-year workbook that does not fit', () => {
  test('a workbook of another year is held back with its reason until 「仍然使用」', async () => {
    const src = await XlsxWorkbookSource.fromBuffer(`${NAME}.xlsx`, fs.readFileSync(fixturePath(NAME)));
    const sheets = await src.readSheets();
    const twoBack = priorYearSheets(priorYearSheets(sheets, analyze(sheets).tables, 2024, { factor: '1' }), analyze(sheets).tables, 2023, { factor: '0.8' });
    const priorFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-e2e-')), `${NAME.replace('2024', '2022')}.xlsx`);
    await writePriorWorkbook(fixturePath(NAME), twoBack, priorFile);
    await withPane(async ({ page }) => {
      await openAndCheck(page, fixturePath(NAME));
      await page.getByRole('tab', { name: '说明' }).click();
      await page.getByTestId('prior-file').setInputFiles(priorFile);
      await page.getByTestId('prior-refused').filter({ hasText: '上年工作簿是2022年的' }).waitFor();
      await expect(hook(page, (h) => h.published()!.prior)).resolves.toBe(false);
      await page.getByRole('button', { name: '仍然使用' }).click();
      await page.getByTestId('prior-status').filter({ hasText: path.basename(priorFile) }).waitFor();
      await expect(eventually(() => hook(page, (h) => h.published()!.prior), (p) => p)).resolves.toBe(true);
    });
  });
});

describe('layout and keyboard', () => {
  test('section editors show their whole text, at 400 px and in 350 and 320 px panes; no tab scrolls sideways', async () => {
    for (const width of [1280, 366, 336]) {
      await withPane(async ({ page }) => {
        await openAndCheck(page, fixturePath(NAME));
        await page.getByRole('tab', { name: '说明' }).click();
        await page.getByRole('button', { name: '生成说明' }).click();
        const editors = page.getByTestId('narrative-sections').locator('textarea');
        await editors.first().waitFor();
        const cut = await editors.evaluateAll((els) => els.filter((e) => e.scrollHeight > e.clientHeight + 1).length);
        expect(cut).toBe(0);
        // Longer text grows the box.
        const first = editors.first();
        const before = await first.evaluate((e) => e.clientHeight);
        await first.fill(`${await first.inputValue()}\n${'补充说明文字。'.repeat(20)}`);
        await expect(eventually(() => first.evaluate((e) => e.clientHeight), (h) => h > before)).resolves.toBeGreaterThan(before);
        await expect(first.evaluate((e) => e.scrollHeight - e.clientHeight)).resolves.toBeLessThanOrEqual(1);
        if (width < 400) {
          const pane = page.locator('[data-testid="workbench-bar"]').locator('..');
          const paneWidth = width - 16;
          expect(await pane.evaluate((e) => Math.round(e.getBoundingClientRect().width))).toBe(paneWidth);
          for (const [id, tab] of [['narrative', '说明'], ['check', '检查'], ['tables', '表格'], ['rules', '规则']]) {
            await page.getByRole('tab', { name: tab }).click();
            // Nothing wider than the pane: no horizontal scrolling inside it.
            await expect(page.getByTestId(`panel-${id}`).evaluate((e) => e.scrollWidth - e.clientWidth)).resolves.toBeLessThanOrEqual(0);
            await pane.screenshot({ path: path.join(OUTPUT_DIR, `narrow-${paneWidth}-${tab}.png`) });
          }
        }
      }, { width, height: 900 });
    }
  });

  test('keyboard: tabs by arrow keys, the check actions in Tab order, Enter on a finding goes to its cells', async () => {
    await withPane(async ({ page }) => {
      await openAndCheck(page, fixturePath(NAME));
      await page.getByRole('tab', { name: '检查' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('tab-narrative');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('tab', { name: '说明' }).getAttribute('aria-selected')).resolves.toBe('true');
      await expect(page.getByTestId('panel-narrative').isVisible()).resolves.toBe(true);
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: '一键检查' }).focus();
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('标记问题单元格');
      const finding = page.getByTestId('finding').filter({ hasText: '单元格：' }).first();
      const name = await finding.getAttribute('aria-label');
      expect(name).toMatch(/^(错误|提示|信息).*：.+按 Enter 转到单元格$/);
      await finding.focus();
      await page.keyboard.press('Enter');
      await expect(finding.getAttribute('aria-current')).resolves.toBe('true');
      await expect(page.getByTestId('preview-selection').textContent()).resolves.not.toBe('无');
      // Every button, text field and switch of every tab has an accessible name.
      await page.getByRole('tab', { name: '说明' }).click();
      await page.getByRole('button', { name: '生成说明' }).click();
      await page.getByTestId('narrative-sections').waitFor();
      await page.getByTestId('prior-figures').locator('summary').press('Enter'); // <details> opens by keyboard
      await page.getByRole('textbox', { name: '上年收入总计（万元）' }).waitFor();
      const unnamed: string[] = [];
      let controls = 0;
      for (const tab of ['检查', '说明', '表格', '规则']) {
        await page.getByRole('tab', { name: tab }).click();
        controls += await page.locator('[data-testid^="panel-"] :is(button, textarea, input, [role="combobox"]):visible').count();
        unnamed.push(...await page.locator('[data-testid^="panel-"] :is(button, textarea, input, [role="combobox"])')
          .evaluateAll((els) => els.filter((e) => {
            const el = e as HTMLElement;
            const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el as HTMLInputElement).labels?.length;
            return el.offsetParent !== null && !labelled && !(el.textContent ?? '').trim();
          }).map((e) => e.outerHTML.slice(0, 100))));
      }
      expect(controls).toBeGreaterThan(40); // the check saw the tabs' controls
      expect(unnamed).toEqual([]);
    });
  });
});

describe('说明: last year\'s published PDF as the prior year', () => {
  test('a PDF package is read in the worker, checked against this year, and used after 「仍然使用」', async () => {
    // the invented package is 某某局's 2026 budget: neither this department nor the year before 2024
    const priorFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-e2e-')), '某某局2026年部门预算公开.pdf');
    fs.writeFileSync(priorFile, packagePdf());
    await withPane(async ({ page }) => {
      const workers: string[] = [];
      page.on('worker', (wk) => workers.push(wk.url()));
      await openAndCheck(page, fixturePath(NAME));
      await page.getByRole('tab', { name: '说明' }).click();
      await expect(page.getByTestId('prior-file').getAttribute('accept')).resolves.toContain('.pdf');
      await page.getByTestId('prior-file').setInputFiles(priorFile);
      const refused = page.getByTestId('prior-refused');
      await refused.waitFor({ timeout: 60000 });
      await expect(refused.textContent()).resolves.toMatch(/某某局2026年部门预算公开\.pdf.*2026/);
      expect(workers.some((u) => u.endsWith('/pdf-worker.js'))).toBe(true);
      await expect(hook(page, (h) => h.published()!.prior)).resolves.toBe(false);
      await screenshot(page, `${NAME}-2f-上年PDF`);
      await page.getByRole('button', { name: '仍然使用' }).click();
      await page.getByTestId('prior-status').filter({ hasText: path.basename(priorFile) }).waitFor();
      await expect(eventually(() => hook(page, (h) => h.published()!.prior), (p) => p)).resolves.toBe(true);
    });
  });
});
