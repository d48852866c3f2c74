/** Argument parsing for the `yusuan` command (no dependency: the grammar is tiny). */

export interface CliArgs {
  command: string | null;
  positional: string[];
  flags: Record<string, string | true>;
}

/** Flags that take a value; every other --flag is boolean. */
const VALUE_FLAGS = new Set(['narrative', 'prior', 'rules', 'corrections', 'docx', 'template', 'out', 'html']);

export function parseArgs(argv: string[]): CliArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  let command: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
      if (eq > 0) flags[name] = a.slice(eq + 1);
      else if (VALUE_FLAGS.has(name) && i + 1 < argv.length) flags[name] = argv[++i];
      else flags[name] = true;
    } else if (a === '-h') {
      flags.help = true;
    } else if (command === null) {
      command = a;
    } else {
      positional.push(a);
    }
  }
  return { command, positional, flags };
}

export const USAGE = `预算公开助手 yusuan — 部门预算/决算公开表格的识别、校验与说明生成

用法：
  yusuan check <工作簿.xlsx | 公开文件.pdf | 文件夹> [--json] [--narrative 说明.txt] [--prior 上年.xlsx|上年.pdf]
               [--rules 规则.txt] [--corrections 更正.json]
  yusuan narrative <工作簿.xlsx> [--prior 上年.xlsx] [--docx 输出.docx]
  yusuan convert <公开文件.pdf> -o <输出.xlsx>   把 PDF 中识别出的表格写成工作簿（每张表一个工作表）
  --debug  出现内部错误时显示详细信息（供开发者排查）

退出码：0 无错误；1 发现错误级问题；2 输入无法使用（附中文原因）。`;
