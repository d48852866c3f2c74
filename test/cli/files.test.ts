/**
 * Files the CLI reads and writes (issue 16): never write over an input, refuse an existing output
 * without --force, regular files only (a device or a named pipe gets a reason, never a hang), size
 * caps with reasons, operating-system errors in Chinese.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SIZE_CAPS, osErrorText } from '../../src/cli/files';
import { fixturePath } from '../fixtures';
import { run, tempDir } from './run-cli';

const WB = fixturePath('yongdeng-2024');

function copyOfWorkbook(dir: string, name = 'x.xlsx'): string {
  const p = path.join(dir, name);
  fs.copyFileSync(WB, p);
  return p;
}

describe('outputs', () => {
  it('never writes over an input: `narrative x.xlsx --docx x.xlsx` leaves the workbook byte-identical', async () => {
    const dir = tempDir();
    const x = copyOfWorkbook(dir);
    const before = fs.readFileSync(x);
    for (const argv of [
      ['narrative', x, '--docx', x],
      ['narrative', x, '--html', x, '--force'], // not even with --force
      ['narrative', x, '--docx', path.join(dir, '.', 'x.xlsx')], // another spelling of the same path
    ]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toContain('就是输入文件，不会覆盖它');
    }
    const link = path.join(dir, 'link.docx');
    fs.symlinkSync(x, link);
    expect((await run(['narrative', x, '--docx', link, '--force'])).err).toContain('就是输入文件');
    expect(fs.readFileSync(x).equals(before)).toBe(true);
  });

  it('refuses an existing output unless --force, and then writes it', async () => {
    const dir = tempDir();
    const out = path.join(dir, '说明.docx');
    fs.writeFileSync(out, 'old');
    const refused = await run(['narrative', WB, '--docx', out]);
    expect([refused.code, refused.err]).toEqual([2, expect.stringContaining('已存在；如要覆盖请加 --force')]);
    expect(fs.readFileSync(out, 'utf8')).toBe('old');
    const forced = await run(['narrative', WB, '--docx', out, '--force']);
    expect(forced.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK'); // a .docx is a zip
  });

  it('an output folder that does not exist, a folder as the output, the same file for --docx and --html: plain reasons', async () => {
    const dir = tempDir();
    const missing = await run(['narrative', WB, '--docx', path.join(dir, '没有的文件夹', 'a.docx')]);
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('输出文件夹')]);
    expect(missing.err).toContain('不存在');
    expect(missing.err).not.toContain('内部错误');
    const folder = await run(['narrative', WB, '--html', dir, '--force']);
    expect([folder.code, folder.err]).toEqual([2, expect.stringContaining('是一个文件夹')]);
    const same = path.join(dir, 'a.out');
    expect((await run(['narrative', WB, '--docx', same, '--html', same])).err).toContain('指向同一个文件');
  });

  it('an output in a folder without write permission: Chinese, not 「内部错误」 with EACCES', async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: check the wording of the OS error instead
      expect(osErrorText(Object.assign(new Error('x'), { code: 'EACCES', path: '/a/b' }))).toBe('没有权限读写「/a/b」');
      return;
    }
    const dir = tempDir();
    fs.chmodSync(dir, 0o500);
    const r = await run(['narrative', WB, '--docx', path.join(dir, 'a.docx')]);
    fs.chmodSync(dir, 0o700);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('没有权限')]);
  });
});

describe('inputs', () => {
  it('/dev/zero or a named pipe as the 说明 or workbook: a reason at once, never a hang', async () => {
    const devZero = await run(['check', WB, '--narrative', '/dev/zero']);
    expect([devZero.code, devZero.err]).toEqual([2, expect.stringContaining('不是普通文件')]);
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe.xlsx');
    execFileSync('mkfifo', [fifo]);
    const pipe = await run(['check', fifo]);
    expect([pipe.code, pipe.err]).toEqual([2, expect.stringContaining('不是普通文件')]);
    const rules = await run(['check', WB, '--rules', fifo]);
    expect([rules.code, rules.err]).toEqual([2, expect.stringContaining('不是普通文件')]);
  });

  it('a folder given where a file is expected, a missing side file: Chinese reasons', async () => {
    const dir = tempDir();
    const isDir = await run(['check', WB, '--narrative', dir]);
    expect([isDir.code, isDir.err]).toEqual([2, expect.stringContaining('是一个文件夹，不是文件')]);
    const missing = await run(['check', WB, '--corrections', path.join(dir, 'none.json')]);
    expect([missing.code, missing.err]).toEqual([2, expect.stringContaining('找不到更正文件')]);
  });

  it('files over the size caps are refused with the size and the cap (sparse files, nothing large on disk)', async () => {
    const dir = tempDir();
    const big = (name: string, size: number) => {
      const p = path.join(dir, name);
      fs.closeSync(fs.openSync(p, 'w'));
      fs.truncateSync(p, size);
      return p;
    };
    const txt = await run(['check', WB, '--narrative', big('说明.txt', SIZE_CAPS.narrativeText + 1)]);
    expect([txt.code, txt.err]).toEqual([2, expect.stringMatching(/说明文件「说明\.txt」过大（2\.0 MB，上限 2\.0 MB）/)]);
    const wb = await run(['check', big('大.xlsx', SIZE_CAPS.workbook + 1)]);
    expect([wb.code, wb.err]).toEqual([2, expect.stringContaining('过大')]);
    const rules = await run(['check', WB, '--rules', big('规则.txt', SIZE_CAPS.small + 1)]);
    expect([rules.code, rules.err]).toEqual([2, expect.stringContaining('规则文件「规则.txt」过大')]);
  });

  it('an unreadable input (no permission) is said in Chinese', async () => {
    if (process.getuid?.() === 0) return; // root reads anything; the wording is tested with EACCES above
    const dir = tempDir();
    const x = copyOfWorkbook(dir);
    fs.chmodSync(x, 0o000);
    const r = await run(['check', x]);
    fs.chmodSync(x, 0o600);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('没有权限')]);
  });

  it('OS error codes become Chinese sentences', () => {
    const e = (code: string) => osErrorText(Object.assign(new Error(code), { code }), 'f');
    expect(e('ENOENT')).toBe('找不到「f」');
    expect(e('EISDIR')).toBe('「f」是一个文件夹，不是文件');
    expect(e('ENOSPC')).toContain('磁盘空间不足');
    expect(osErrorText(new Error('plain'))).toBeNull();
  });
});
