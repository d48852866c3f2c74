/**
 * The command line catches mistakes (issue 11): unknown options and commands with a suggestion,
 * missing values, options of another command, extra arguments — each exit 2 with a Chinese reason,
 * before any file is read. Help and --version come from the option table.
 */
import { COMMANDS, OPTIONS } from '../../src/cli/options';
import { suggest } from '../../src/cli/suggest';
import { fixturePath } from '../fixtures';
import { run } from './run-cli';

const WB = fixturePath('yongdeng-2024');

describe('mistakes on the command line', () => {
  it('an unknown option is an error with the nearest option suggested (no check runs without the 说明)', async () => {
    const r = await run(['check', WB, '--narative', fixturePath('yongdeng-2024', '.narrative.txt')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知选项 --narative，是否是 --narrative？');
    expect(r.out).toBe('');
  });

  it('an unknown option far from every option gets no wrong suggestion', async () => {
    const r = await run(['check', WB, '--zzzzzz']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未知选项 --zzzzzz');
    expect(r.err).not.toContain('是否是');
  });

  it('an unknown single-dash option is an error too', async () => {
    const r = await run(['check', WB, '-j']);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining('未知选项 -j')]);
  });

  it('an option that needs a value and has none is an error (--docx at the end, or followed by another option)', async () => {
    for (const argv of [['narrative', WB, '--docx'], ['narrative', WB, '--docx', '--force'], ['check', WB, '--rules=']]) {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/选项 --(docx|rules) 需要一个值/);
      expect(r.out).toBe('');
    }
  });

  it('a switch given a value, the same option twice with different values, an option of another command', async () => {
    expect((await run(['check', WB, '--json=yes'])).err).toContain('选项 --json 不带值');
    expect((await run(['check', WB, '--rules', 'a.txt', '--rules', 'b.txt'])).err).toContain('选项 --rules 给了两次');
    const other = await run(['narrative', WB, '--json']);
    expect([other.code, other.err]).toEqual([2, expect.stringContaining('选项 --json 不能用于 narrative 命令')]);
  });

  it('an unknown command is an error with a suggestion; extra arguments are not silently dropped', async () => {
    const cmd = await run(['chek', WB]);
    expect([cmd.code, cmd.err]).toEqual([2, expect.stringContaining('未知命令「chek」，是否是 check？')]);
    const extra = await run(['check', WB, WB]);
    expect([extra.code, extra.err]).toEqual([2, expect.stringContaining('多余的参数')]);
  });

  it('no command: the help on stderr, exit 2', async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('用法：');
  });
});

describe('help and version', () => {
  it('--version prints the version of package.json', async () => {
    const r = await run(['--version']);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect([r.code, r.out.trim()]).toEqual([0, `yusuan ${require('../../package.json').version}`]);
  });

  it('help, --help and -h list every command and every option of the table, --template and --html included', async () => {
    for (const argv of [['help'], ['--help'], ['-h'], ['check', '--help']]) {
      const r = await run(argv);
      expect(r.code).toBe(0);
      for (const c of COMMANDS) expect(r.out).toContain(`yusuan ${c.name}`);
      for (const o of OPTIONS) expect(r.out).toContain(`--${o.name}`);
      expect(r.out).toContain('--template');
      expect(r.out).toContain('--html');
    }
  });

  it('every option of the table is accepted by the parser where the table says (the table is the only source)', async () => {
    for (const o of OPTIONS.filter((x) => x.commands && !x.output && !x.value)) {
      for (const c of o.commands!) {
        const r = await run([c, 'no-such-file.xlsx', `--${o.name}`]);
        expect(r.err).not.toContain('未知选项');
        expect(r.err).not.toContain('不能用于');
      }
    }
  });
});

describe('suggest (edit distance)', () => {
  it('finds typos, transpositions and unambiguous prefixes, and nothing for far-off words', () => {
    const names = OPTIONS.map((o) => o.name);
    expect(suggest('narative', names)).toBe('narrative');
    expect(suggest('josn', names)).toBe('json');
    expect(suggest('recursiv', names)).toBe('recursive');
    expect(suggest('corr', names)).toBe('corrections');
    expect(suggest('xyzzy', names)).toBeUndefined();
  });
});
