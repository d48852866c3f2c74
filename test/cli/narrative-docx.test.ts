/**
 * `yusuan check --narrative 说明.docx`: a Word 说明 is read paragraph by paragraph, so line numbers
 * in findings are paragraph numbers and agree with the same text saved as .txt.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Document, Packer, Paragraph } from 'docx';
import { runCli } from '../../src/cli/main';
import { fixturePath } from '../fixtures';

async function check(narrative: string): Promise<{ code: number; json: { findings: { line?: number; severity: string }[] } }> {
  let out = '';
  const code = await runCli(['check', fixturePath('yongdeng-2024'), '--json', '--narrative', narrative], {
    out: (s) => (out += s),
    err: () => undefined,
  });
  return { code, json: JSON.parse(out) };
}

describe('check --narrative with a .docx 说明', () => {
  const txt = fixturePath('yongdeng-2024', '.narrative.txt');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-docx-'));
  const docxFile = path.join(dir, '说明.docx');

  beforeAll(async () => {
    const lines = fs.readFileSync(txt, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph(l)) }] });
    fs.writeFileSync(docxFile, await Packer.toBuffer(doc));
  });

  it('reports the same narrative findings on the same lines as the .txt', async () => {
    const fromTxt = await check(txt);
    const fromDocx = await check(docxFile);
    const lines = (r: typeof fromTxt) => r.json.findings.filter((f) => f.line !== undefined).map((f) => `${f.severity}@${f.line}`).sort();
    expect(lines(fromDocx)).toEqual(lines(fromTxt));
    // 基本支出 137.05 where the tables say 89.05 (truth F8, line 97)
    expect(fromDocx.json.findings.some((f) => f.line === 97 && f.severity === 'error')).toBe(true);
  });

  it('exits 2 with a Chinese reason for a broken .docx', async () => {
    const bad = path.join(dir, '坏.docx');
    fs.writeFileSync(bad, 'not a zip');
    let err = '';
    const code = await runCli(['check', fixturePath('yongdeng-2024'), '--narrative', bad], { out: () => undefined, err: (s) => (err += s) });
    expect(code).toBe(2);
    expect(err).toContain('无法读取说明文件');
  });
});
