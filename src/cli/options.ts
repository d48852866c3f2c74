/**
 * Every command and option of `yusuan`, as data: the help text, the validation of the command line
 * and the 「是否是 …？」 suggestions all come from these two tables. A new option is one row here
 * (and its use in the command's code); a new command is one row here plus its handler in the table
 * of ./commands.ts.
 */

export interface CommandSpec {
  name: string;
  /** The positional arguments, as shown in the help. */
  args: string;
  /** How many positional arguments the command takes (at most). */
  maxArgs: number;
  help: string;
}

export interface OptionSpec {
  /** Without the leading "--". */
  name: string;
  /** Placeholder of the value, shown in the help; absent for a switch (--json). */
  value?: string;
  help: string;
  /** The commands that accept it; absent = every command. */
  commands?: string[];
  /** A value that names a file the command writes: never an input, never overwritten without --force. */
  output?: boolean;
  /** A one-letter alias (-h). */
  short?: string;
}

export const COMMANDS: CommandSpec[] = [
  { name: 'check', args: '<工作簿.xlsx | 公开文件.pdf | 文件夹>', maxArgs: 1, help: '检查一个工作簿或公开 PDF，或文件夹中的每个工作簿和 PDF' },
  { name: 'narrative', args: '<工作簿.xlsx>', maxArgs: 1, help: '按表格数字生成说明文字' },
  { name: 'convert', args: '<公开文件.pdf>', maxArgs: 1, help: '把 PDF 中识别出的表格写成工作簿（每张表一个工作表）' },
  { name: 'help', args: '', maxArgs: 1, help: '显示本帮助' },
];

export const OPTIONS: OptionSpec[] = [
  { name: 'json', commands: ['check'], help: '输出机器可读的 JSON（格式见 docs/json-contract.md）' },
  { name: 'narrative', value: '说明.txt|说明.docx', commands: ['check'], help: '同时核对说明文字' },
  { name: 'prior', value: '上年.xlsx|上年.pdf', commands: ['check', 'narrative'], help: '上年工作簿或公开 PDF，用于核对或生成“比上年增减”' },
  { name: 'prior-any', commands: ['check', 'narrative'], help: '上年工作簿的部门或年度与本年不符时仍然使用' },
  { name: 'explain-threshold', value: '万元', commands: ['check'], help: '与 --narrative 同用：一般公共预算支出表中达到此金额的每个项级科目都须在说明中说明' },
  { name: 'rules', value: '规则.txt', commands: ['check'], help: '自定义校验规则（写法见 docs/rules.md）' },
  { name: 'corrections', value: '更正.json', commands: ['check'], help: '纠正识别错的表格（JSON 数组）' },
  { name: 'recursive', commands: ['check'], help: '检查文件夹时也检查各级子文件夹' },
  { name: 'template', value: 'mof-default|henan|模板.json', commands: ['narrative'], help: '说明模板（默认 mof-default）' },
  { name: 'docx', value: '输出.docx', commands: ['narrative'], output: true, help: '另存为 Word 文件' },
  { name: 'report', value: '审核结果.xlsx', commands: ['check'], output: true, help: '把检查结果写成审核工作簿（汇总表 + 问题清单）' },
  { name: 'charts', commands: ['narrative'], help: 'Word 文件中加入图1–图4（收入构成、支出构成、功能分类、“三公”经费对比）' },
  { name: 'html', value: '输出.html', commands: ['check', 'narrative'], output: true, help: '另存为网页文件（check：审核结果；narrative：说明）' },
  { name: 'progress', commands: ['check'], help: '检查文件夹时在终端显示进度（终端中默认显示）' },
  { name: 'out', short: 'o', value: '输出.xlsx', commands: ['convert'], output: true, help: '转换结果的文件名（默认与 PDF 同名的 .xlsx）' },
  { name: 'force', help: '允许覆盖已存在的输出文件（输入文件永远不会被覆盖）' },
  { name: 'debug', help: '出现内部错误时显示详细信息（供开发者排查）' },
  { name: 'version', help: '显示版本号' },
  { name: 'help', short: 'h', help: '显示本帮助' },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}

export function findOption(name: string): OptionSpec | undefined {
  return OPTIONS.find((o) => o.name === name);
}

export function optionApplies(o: OptionSpec, command: string | null): boolean {
  return !o.commands || command === null || o.commands.includes(command);
}

/** The help text, generated from the tables above. */
export function usage(): string {
  const lines = ['预算公开助手 yusuan — 部门预算/决算公开表格的识别、校验与说明生成', '', '用法：'];
  for (const c of COMMANDS) {
    const opts = OPTIONS.filter((o) => o.commands?.includes(c.name)).map((o) => `[--${o.name}${o.value ? ` ${o.value}` : ''}]`);
    lines.push(`  yusuan ${c.name}${c.args ? ` ${c.args}` : ''}${opts.length ? ` ${opts.join(' ')}` : ''}`);
    lines.push(`      ${c.help}`);
  }
  lines.push('', '选项：');
  const shown = OPTIONS.map((o) => ({ o, left: `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` <${o.value}>` : ''}` }));
  const width = Math.max(...shown.map((s) => displayWidth(s.left)));
  for (const { o, left } of shown) {
    const where = o.commands ? `  [${o.commands.join(', ')}]` : '';
    lines.push(`  ${left}${' '.repeat(width - displayWidth(left) + 2)}${o.help}${where}`);
  }
  lines.push('', '退出码：0 无错误；1 发现错误级问题；2 输入无法使用（附中文原因）。');
  return lines.join('\n');
}

/** Columns a string takes in a terminal: CJK characters take two. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
