/**
 * The .docx as a government document, read back from its XML (text, numbered headings, fonts,
 * sizes), the HTML escaping of cell text, and `yusuan narrative` writing both.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import Decimal from 'decimal.js';
import { runCli } from '../../src/cli/main';
import { narrativeToDocx, narrativeToHtml, readDocxText, type NarrativeDoc } from '../../src/narrative';
import { fixturePath } from '../fixtures';

const SAMPLE: NarrativeDoc = {
  title: '<img src=x onerror=alert(1)>2024年部门预算说明',
  template: 'test',
  notes: [],
  sections: [
    { id: 'overview', heading: '收支预算总体情况', level: 1, paragraphs: [{ text: '收入总计137.05万元，主要原因是____。', figures: [{ label: '收入总计', kind: 'amount', value: new Decimal('137.05'), text: '137.05', cells: [] }] }] },
    { id: 'sub', heading: '<b>项目</b>情况', level: 2, paragraphs: [{ text: 'a & b < c', figures: [] }] },
    { id: 'item', heading: '明细', level: 3, paragraphs: [{ text: '第三级。', figures: [] }] },
    { id: 'income', heading: '收入预算情况', level: 1, paragraphs: [] },
  ],
};

async function documentXml(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
}

describe('narrative .docx', () => {
  it('lays out title, numbered headings 一、（一）1. and body in 公文 fonts and sizes', async () => {
    const bytes = await narrativeToDocx(SAMPLE);
    const xml = await documentXml(bytes);
    const text = await readDocxText(bytes);
    expect(text.split('\n')).toEqual([SAMPLE.title, '一、收支预算总体情况', '收入总计137.05万元，主要原因是____。', '（一）<b>项目</b>情况', 'a & b < c', '1.明细', '第三级。', '二、收入预算情况']);
    expect(xml).toContain('w:eastAsia="方正小标宋简体"');
    expect(xml).toContain('w:eastAsia="黑体"');
    expect(xml).toContain('w:eastAsia="楷体_GB2312"');
    expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
    expect(xml).toMatch(/<w:sz w:val="44"\/>/); // 二号 title
    expect(xml).toMatch(/<w:sz w:val="32"\/>/); // 三号 body
    expect(xml).toMatch(/<w:ind w:firstLine="640"\/>/); // 首行缩进两字
    expect(xml).toMatch(/<w:jc w:val="center"\/>/);
  });
});

describe('narrative HTML', () => {
  it('escapes every text that may come from cells', () => {
    const html = narrativeToHtml(SAMPLE);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('a &amp; b &lt; c');
    expect(html).toContain('一、收支预算总体情况');
  });
});

describe('yusuan narrative', () => {
  it('prints the 说明 and writes a .docx that reads back the same', async () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-')), '说明.docx');
    let printed = '';
    const code = await runCli(['narrative', fixturePath('yichuan-2024'), '--template', 'henan', '--docx', out], { out: (s) => (printed += s), err: () => undefined });
    expect(code).toBe(0);
    expect(printed).toContain('三、收入支出预算总体情况说明');
    expect(printed).toContain('伊川县政务服务中心2024年支出合计1145.25万元，其中：基本支出909.25万元，占79.39%；项目支出236.00万元，占20.61%。');
    const back = await readDocxText(fs.readFileSync(out));
    expect(back.split('\n').filter(Boolean)).toEqual(printed.split('\n').filter(Boolean));
  });

  it('says in Chinese what is wrong with its input', async () => {
    let err = '';
    expect(await runCli(['narrative'], { out: () => undefined, err: (s) => (err += s) })).toBe(2);
    expect(err).toContain('请指定工作簿');
    err = '';
    expect(await runCli(['narrative', fixturePath('yichuan-2024'), '--template', 'nope'], { out: () => undefined, err: (s) => (err += s) })).toBe(2);
    expect(err).toContain('没有名为「nope」的说明模板');
  });
});
