/** Issue 16.2: a 说明 saved as GBK/GB18030 or UTF-16 is read as the same text as its UTF-8 copy. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCli } from '../../src/cli/main';
import { decodeText } from '../../src/text/decode';
import { fixturePath } from '../fixtures';

/** GBK encoder built from the platform's own decoder (two-byte space, lead 81–FE, trail 40–FE). */
function gbkEncoder(): (s: string) => Uint8Array {
  const table = new Map<string, number[]>();
  const dec = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return (s) => {
    const out: number[] = [];
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) out.push(c);
      else {
        const b = table.get(ch);
        if (!b) throw new Error(`not in GBK: ${ch}`);
        out.push(...b);
      }
    }
    return new Uint8Array(out);
  };
}

function utf16(s: string, le: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + s;
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = u & 0xff;
    out[2 * i + (le ? 1 : 0)] = u >> 8;
  }
  return out;
}

const SAMPLE = '2024年部门预算收入总计1,145.25万元，其中：一般公共预算拨款收入1,000.00万元。\r\n“三公”经费预算数为12.5万元。\n';

describe('decodeText', () => {
  const gbk = gbkEncoder();
  it.each([
    ['UTF-8', new TextEncoder().encode(SAMPLE), 'utf-8'],
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SAMPLE)]), 'utf-8'],
    ['GBK (Notepad 「ANSI」)', gbk(SAMPLE), 'gb18030'],
    ['UTF-16 LE with BOM', utf16(SAMPLE, true, true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(SAMPLE, false, true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(SAMPLE, true, false), 'utf-16le'],
    ['UTF-16 BE without BOM', utf16(SAMPLE, false, false), 'utf-16be'],
  ])('%s', (_name, bytes, encoding) => {
    const d = decodeText(bytes as Uint8Array);
    expect(d.text).toBe(SAMPLE);
    expect(d.encoding).toBe(encoding);
  });

  it('bytes that are no text give a Chinese reason, not mojibake', () => {
    const junk = new Uint8Array(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    expect(() => decodeText(junk, '说明文件「x.txt」')).toThrow(/说明文件「x\.txt」的文字编码无法识别/);
  });

  it('the CLI checks a GBK or UTF-16 说明 exactly as its UTF-8 copy', async () => {
    const text = fs.readFileSync(fixturePath('yongdeng-2024', '.narrative.txt'), 'utf8');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-enc-'));
    const files: Record<string, Uint8Array> = { 'utf8.txt': new TextEncoder().encode(text), 'gbk.txt': gbk(text), 'utf16.txt': utf16(text, true, true) };
    const counts: Record<string, number> = {};
    for (const [name, bytes] of Object.entries(files)) {
      fs.writeFileSync(path.join(dir, name), bytes);
      let out = '';
      await runCli(['check', fixturePath('yongdeng-2024'), '--narrative', path.join(dir, name), '--json'], { out: (s) => (out += s), err: () => undefined });
      counts[name] = (JSON.parse(out) as { findings: { rule: string }[] }).findings.filter((f) => f.rule.startsWith('narrative.')).length;
    }
    expect(counts['utf8.txt']).toBeGreaterThan(0);
    expect(counts['gbk.txt']).toBe(counts['utf8.txt']);
    expect(counts['utf16.txt']).toBe(counts['utf8.txt']);
  });
});
