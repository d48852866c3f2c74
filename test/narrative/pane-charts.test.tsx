/**
 * The 说明 tab shows 图1–图4 (taskpane/narrative/Sections.tsx + ChartFigure.tsx): the PNG the .docx
 * embeds as a data: URL, after its section, with the caption's figures as text and as alt text; the
 * same images go into 「复制到 Word」's HTML. Typed 上年数 draw 图4 like a prior-year workbook.
 */
import { renderToString } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Sections } from '../../taskpane/narrative/Sections';
import { paneCharts } from '../../taskpane/narrative/chart-images';
import { charts, generate, toHtml } from '../../taskpane/engine/narrative-api';
import { analyze } from '../../src/engine';
import { loadWorkbook } from '../../src/cli/load';
import { buildModel } from '../../src/model';
import { recognizeWorkbook } from '../../src/recognize';
import { grid } from '../recognize/grid-builder';
import { fixturePath } from '../fixtures';

// AutoTextarea measures itself in a layout effect, which React's server renderer warns about; only that warning is silenced.
const consoleError = console.error;
beforeAll(() => jest.spyOn(console, 'error').mockImplementation((m: unknown, ...rest: unknown[]) => {
  if (!String(m).includes('useLayoutEffect')) consoleError(m, ...rest);
}));
afterAll(() => jest.restoreAllMocks());

const render = (node: JSX.Element) => renderToString(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

test('伊川: each chart after its section, the PNG bytes as data: URL, the caption as text and alt', async () => {
  const a = analyze((await loadWorkbook(fixturePath('yichuan-2024'))).sheets);
  const doc = generate(a.model, null, a.priorModel);
  const shown = paneCharts(charts(a.model, a.priorModel));
  expect(shown.map((c) => c.id)).toEqual(expect.arrayContaining(['expenditure', 'general_budget']));
  const html = render(<Sections doc={doc} edits={new Map()} onEdit={() => undefined} charts={shown} />);
  expect(html.match(/data-testid="narrative-chart"/g)).toHaveLength(shown.length);
  const exp = shown.find((c) => c.id === 'expenditure')!;
  expect(exp.caption).toBe('蓝：基本支出909.25万元，占79.39%；橙：项目支出236.00万元，占20.61%');
  expect(Buffer.from(exp.src.replace('data:image/png;base64,', ''), 'base64').equals(Buffer.from(exp.png))).toBe(true);
  expect(html).toContain(`alt="图2 支出构成：${exp.caption}"`);
  expect(html).toMatch(/<figcaption[^>]*>.*图2 支出构成.*蓝：基本支出909\.25万元，占79\.39%/);
  // after the 支出 section's text, before the next section's label
  const i = doc.sections.findIndex((s) => s.id === 'expenditure');
  const at = html.indexOf('图2 支出构成');
  expect(at).toBeGreaterThan(html.indexOf(doc.sections[i].paragraphs[0].text.slice(0, 12)));
  expect(at).toBeLessThan(html.indexOf(doc.sections[i + 1].heading));
});

test('no figures → no chart: 三公 without last year draws no 图4; typed 上年数 draw it', () => {
  const three = buildModel(recognizeWorkbook([grid('三公', [
    ['2025年一般公共预算“三公”经费支出表'], ['部门：某某县林业局', null, null, null, null, '单位：万元'],
    ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
    [null, null, '小计', '公务用车购置费', '公务用车运行费', null],
    [11.5, 2, 8, 0, 8, 1.5],
  ], [{ r0: 2, c0: 2, r1: 2, c1: 4 }])]));
  expect(charts(three)).toEqual([]);
  const typed = charts(three, undefined, { 因公出国费: '3', 公务接待费: '2', 公务用车购置及运行费: '8' });
  expect(typed.map((c) => c.id)).toEqual(['three_public']);
  expect(typed[0].caption).toContain('因公出国（境）费2.00万元（上年3.00万元）');
  const doc = generate(three, null, undefined, {});
  const html = render(<Sections doc={doc} edits={new Map()} onEdit={() => undefined} charts={[]} />);
  expect(html).not.toContain('narrative-chart');
});

test('「复制到 Word」 HTML: the image as data: URL after its section, caption beneath; anything but a PNG data URL is dropped', async () => {
  const a = analyze((await loadWorkbook(fixturePath('yichuan-2024'))).sheets);
  const doc = generate(a.model, null, a.priorModel);
  const shown = paneCharts(charts(a.model, a.priorModel));
  const html = toHtml(doc, shown);
  expect(html.match(/<img src="data:image\/png;base64,/g)).toHaveLength(shown.length);
  expect(html).toContain('图2 支出构成（蓝：基本支出909.25万元，占79.39%；橙：项目支出236.00万元，占20.61%）</p>');
  const bad = toHtml(doc, [{ ...shown[0], src: 'javascript:alert(1)' }, { ...shown[1], src: 'data:image/png;base64,AA" onerror="x' }]);
  expect(bad).not.toContain('<img');
  // a chart whose section the template lacks is placed after the last section, not lost
  const lone = toHtml(doc, [{ ...shown[0], section: 'no-such-section' }]);
  expect(lone.indexOf('<img')).toBeGreaterThan(lone.indexOf(doc.sections[doc.sections.length - 1].heading));
});
