/**
 * Charts in the .docx (src/narrative/charts): invented figures → PNG images whose captions carry
 * the printed numbers; `yusuan narrative --docx --charts` embeds them after their sections.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { inflateSync } from 'zlib';
import { runCli } from '../../src/cli/main';
import { chartsFor } from '../../src/narrative/charts';
import { encodePng } from '../../src/narrative/charts/png';
import { readDocxText } from '../../src/narrative';
import { list, model, table } from '../rules/build';
import { buildModel } from '../../src/model';
import { recognizeWorkbook } from '../../src/recognize';
import { grid } from '../recognize/grid-builder';
import { fixturePath } from '../fixtures';

const withRoles = (l: ReturnType<typeof list>) => ({ ...l, columns: l.columns.map((c) => (c.type === 'amount' ? { ...c, role: c.path[0] } : c)) });
const pkg = (project: number) => model(
  table('支出总表', 'expenditure_summary', [withRoles(list('支出总表', 'main', [['合计'], ['基本支出'], ['项目支出']], [
    { name: '合计', kind: 'total', amounts: [150 + project, 150, project] },
    { name: '农林水支出', code: '213', amounts: [150 + project, 150, project] },
  ]))], '万元', { year: 2025 }),
);

test('a PNG the zlib reader accepts: signature, size, pixels', () => {
  const rgb = new Uint8Array(3 * 3 * 2).fill(200);
  const png = encodePng(3, 2, rgb);
  expect([...png.slice(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const view = Buffer.from(png);
  expect(view.readUInt32BE(16)).toBe(3);
  expect(view.readUInt32BE(20)).toBe(2);
  const idat = view.indexOf('IDAT');
  const len = view.readUInt32BE(idat - 4);
  const raw = inflateSync(view.subarray(idat + 4, idat + 4 + len));
  expect(raw.length).toBe((3 * 3 + 1) * 2);
  expect(raw[1]).toBe(200);
});

test('图2 支出构成: the caption carries the printed figures and shares; one part only → no chart', () => {
  const [c] = chartsFor(pkg(50)).filter((x) => x.id === 'expenditure');
  expect(c.title).toBe('图2 支出构成');
  expect(c.caption).toBe('蓝：基本支出150.00万元，占75.00%；橙：项目支出50.00万元，占25.00%');
  expect(c.section).toBe('expenditure');
  expect(chartsFor(pkg(0)).filter((x) => x.id === 'expenditure')).toEqual([]);
});

test('yusuan narrative --docx --charts embeds the images after their sections; without --charts none', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-charts-'));
  const run = async (extra: string[]) => {
    const out = path.join(dir, `${extra.length}.docx`);
    expect(await runCli(['narrative', fixturePath('yichuan-2024'), '--docx', out, ...extra], { out: () => undefined, err: () => undefined })).toBe(0);
    return fs.readFileSync(out);
  };
  const plain = await JSZip.loadAsync(await run([]));
  expect(Object.keys(plain.files).filter((f) => f.startsWith('word/media/'))).toEqual([]);
  const bytes = await run(['--charts']);
  const zip = await JSZip.loadAsync(bytes);
  expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/')).length).toBeGreaterThanOrEqual(2);
  const text = await readDocxText(bytes);
  expect(text).toContain('图2 支出构成（蓝：基本支出909.25万元，占79.39%；橙：项目支出236.00万元，占20.61%）');
  // the chart follows its section: after the 支出 paragraph, before the next heading
  expect(text.indexOf('图2 支出构成')).toBeGreaterThan(text.indexOf('基本支出909.25万元'));
});

test('图4 “三公”经费与上年比较: only with last year\'s figures; the caption gives both years', () => {
  const three = (abroad: number, car: number, reception: number) => buildModel(recognizeWorkbook([grid('三公', [
    ['2025年一般公共预算“三公”经费支出表'], ['部门：某某县林业局', null, null, null, null, '单位：万元'],
    ['合计', '因公出国（境）费', '公务用车购置及运行费', null, null, '公务接待费'],
    [null, null, '小计', '公务用车购置费', '公务用车运行费', null],
    [abroad + car + reception, abroad, car, 0, car, reception],
  ], [{ r0: 2, c0: 2, r1: 2, c1: 4 }])]));
  const current = three(2, 8, 1.5);
  expect(chartsFor(current).map((c) => c.id)).not.toContain('three_public');
  const [c] = chartsFor(current, three(3, 8, 2)).filter((x) => x.id === 'three_public');
  expect(c.title).toBe('图4 “三公”经费与上年比较');
  expect(c.caption).toBe('蓝色为本年，灰色为上年：因公出国（境）费2.00万元（上年3.00万元）；公务接待费1.50万元（上年2.00万元）；公务用车购置及运行费8.00万元（上年8.00万元）');
});

