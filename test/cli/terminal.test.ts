/**
 * What reaches a terminal (issue 16): escape sequences and bidi overrides from cells are shown as
 * visible symbols in the text report while the JSON keeps the cell text exactly; piping into
 * `head` ends quietly (no EPIPE stack trace).
 */
import { spawnSync } from 'child_process';
import ExcelJS from 'exceljs';
import * as path from 'path';
import { terminalSafe } from '../../src/cli/terminal-safe';
import { fixturePath } from '../fixtures';
import { run, tempDir } from './run-cli';

const ESC = '\u001b[2J\u001b]0;title\u0007';
const RLO = '\u202e';

/** 永登 with the 办公费 line label of 机关运行经费表 (a row the check reports) carrying ESC and RLO. */
async function hostileCopy(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixturePath('yongdeng-2024'));
  const ws = wb.getWorksheet('表九 机关运行经费表')!;
  let changed = 0;
  ws.eachRow((row) =>
    row.eachCell((c) => {
      if (c.value === '[30201]办公费') {
        c.value = `[30201]办公费${ESC}${RLO}`;
        changed++;
      }
    }),
  );
  expect(changed).toBe(1);
  const file = path.join(tempDir(), 'hostile.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('terminal safety', () => {
  it('the text report shows no raw control or bidi character; the JSON keeps the cell text', async () => {
    const file = await hostileCopy();
    const text = await run(['check', file]);
    // (the engine's label normalisation already drops some controls; whatever is left is neutralised)
    expect(text.out).toMatch(/办公费[^」]*\ufffd」/);
    expect(text.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    const json = await run(['check', file, '--json']);
    expect(json.out).toContain(RLO); // JSON.stringify keeps it (and escapes C0 controls as \u001b)
    expect(JSON.parse(json.out).findings.map((f: { message: string }) => f.message).join('')).toMatch(new RegExp(`办公费[^」]*${RLO}」`));
  });

  it('terminalSafe keeps tabs, newlines and Chinese, and neutralises C0, C1, DEL and every bidi control', () => {
    expect(terminalSafe('合计\t100\n')).toBe('合计\t100\n');
    expect(terminalSafe('a\rb\u0085c\u007fd\u202ae\u2066f\u2069')).toBe('a␍b\ufffdc\u2421d\ufffde\ufffdf\ufffd');
  });
});

describe('a pipe closed early', () => {
  it('`yusuan check … | head -1` ends quietly: no EPIPE stack trace', () => {
    const entry = path.resolve(__dirname, '..', '..', 'src', 'cli', 'index.ts');
    const folder = path.dirname(fixturePath('yongdeng-2024'));
    // the whole folder as text is long enough to outlast head's one line
    const r = spawnSync('bash', ['-c', `node -r ts-node/register/transpile-only "${entry}" check "${folder}" | head -1`], {
      encoding: 'utf8',
      cwd: path.resolve(__dirname, '..', '..'),
      timeout: 120000,
    });
    expect(r.stdout.trim()).toMatch(/^工作簿：/);
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.js:\d+|Error/);
  });
});
