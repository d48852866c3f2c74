/**
 * `npm run corpus [-- --update] [-- --only 北京]`: checks every package of ../shared/corpus-pdf
 * with two worker processes and prints per package the tables by kind, errors, warnings, pages
 * and time, then a summary (packages read, core tables recognized with the right kind, errors,
 * time). The kinds per package are compared with test/data/corpus-pdf-expected.json (a
 * regression shows as a diff); --update writes that file. Errors proven published are listed in
 * test/data/corpus-pdf-verified/*.json (scripts/corpus-verified.ts) and marked 已核实; `--json out.json`
 * writes every result for comparing two runs.
 */
import { fork } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkPackage, type PackageResult } from './corpus-check';
import { isVerified, loadVerified } from './corpus-verified';

const VERIFIED = loadVerified();

const CORPUS = path.resolve(__dirname, '../../shared/corpus-pdf');
const EXPECTED = path.resolve(__dirname, '../test/data/corpus-pdf-expected.json');

function corpusFiles(): string[] {
  const index = fs.readFileSync(path.join(CORPUS, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1);
  return index.map((l) => path.join(CORPUS, l.split('\t')[0]));
}

async function child(): Promise<void> {
  process.on('message', async (msg: { files: string[] }) => {
    for (const f of msg.files) process.send!({ result: await checkPackage(f) });
    process.send!({ done: true });
  });
}

function runWorkers(files: string[], workers: number): Promise<PackageResult[]> {
  // the biggest files first, dealt round-robin, so both workers finish together
  const sized = files.map((f) => ({ f, size: fs.statSync(f).size })).sort((a, b) => b.size - a.size);
  const lists: string[][] = Array.from({ length: workers }, () => []);
  sized.forEach((s, i) => lists[i % workers].push(s.f));
  const results: PackageResult[] = [];
  return Promise.all(
    lists.map(
      (list) =>
        new Promise<void>((resolve, reject) => {
          const proc = fork(__filename, ['--child'], {
            execArgv: ['-r', 'ts-node/register/transpile-only'],
            // two children already keep both cores busy: each reads its PDFs with one pdf.js worker
            env: { ...process.env, YUSUAN_PDF_WORKERS: '1' },
          });
          proc.on('message', (m: { result?: PackageResult; done?: boolean }) => {
            if (m.result) {
              results.push(m.result);
              printPackage(m.result);
            }
            if (m.done) {
              proc.kill();
              resolve();
            }
          });
          proc.on('error', reject);
          proc.send({ files: list });
        }),
    ),
  ).then(() => results.sort((a, b) => a.file.localeCompare(b.file)));
}

function kindCounts(kinds: string[]): string {
  const m = new Map<string, number>();
  for (const k of kinds) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m].map(([k, n]) => (n > 1 ? `${k}×${n}` : k)).join(' ');
}

function printPackage(r: PackageResult): void {
  if (r.failure) {
    process.stdout.write(`✗ ${r.file}  ${r.failure.split('\n')[0]}  ${r.ms}ms\n`);
    return;
  }
  process.stdout.write(`${r.errors ? '!' : '·'} ${r.file}  ${r.pages}页  ${r.ms}ms  错误${r.errors} 提示${r.warnings}  说明${r.narrativeLines}行  ${kindCounts(r.kinds)}\n`);
  for (const e of r.errorList) {
    const mark = isVerified(VERIFIED, r.file, e) ? '已核实 ' : '';
    process.stdout.write(`    ${mark}[${e.rule}] 第${e.page ?? '?'}页 ${e.message.slice(0, 160)}\n`);
  }
}

function summary(results: PackageResult[], wallMs: number): string {
  const read = results.filter((r) => !r.failure);
  const core = read.flatMap((r) => r.core);
  const right = core.filter((c) => c.expected === c.got).length;
  const errors = read.reduce((s, r) => s + r.errors, 0);
  const withErrors = read.filter((r) => r.errors > 0).length;
  const unverified = read.flatMap((r) => r.errorList.filter((e) => !isVerified(VERIFIED, r.file, e)));
  const unverifiedFiles = read.filter((r) => r.errorList.some((e) => !isVerified(VERIFIED, r.file, e))).length;
  const byRule = new Map<string, number>();
  for (const r of read) for (const e of r.errorList) byRule.set(e.rule, (byRule.get(e.rule) ?? 0) + 1);
  const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) : '—');
  const wrong = core.filter((c) => c.expected !== c.got);
  const forty = read.filter((r) => r.pages >= 35 && r.pages <= 45).map((r) => r.ms);
  const lines = [
    '',
    `汇总：读出 ${read.length}/${results.length} 个文件；核心表 ${right}/${core.length}（${pct(right, core.length)}%）按标题识别为正确种类；`,
    `错误 ${errors} 项（${withErrors} 个文件），其中未核实 ${unverified.length} 项（${unverifiedFiles} 个文件）；提示 ${read.reduce((s, r) => s + r.warnings, 0)} 项；说明找到 ${read.filter((r) => r.narrativeLines > 0).length} 个文件；`,
    `用时 ${(wallMs / 1000).toFixed(1)} s（${os.cpus().length} 核，2 个进程）；35–45 页的文件平均 ${forty.length ? Math.round(forty.reduce((s, x) => s + x, 0) / forty.length) : '—'} ms。`,
    `错误按规则：${[...byRule].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join('；') || '无'}`,
  ];
  if (wrong.length) lines.push(`核心表种类不符：${wrong.slice(0, 40).map((c) => `${c.title}→${c.got}`).join('；')}`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (process.argv.includes('--child')) return child();
  if (!fs.existsSync(CORPUS)) {
    process.stdout.write(`跳过：找不到语料 ${CORPUS}\n`);
    return;
  }
  const only = process.argv.indexOf('--only');
  let files = corpusFiles();
  if (only > 0) files = files.filter((f) => f.includes(process.argv[only + 1]));
  const t0 = Date.now();
  const results = await runWorkers(files, 2);
  process.stdout.write(summary(results, Date.now() - t0) + '\n');
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0) fs.writeFileSync(process.argv[jsonAt + 1], JSON.stringify(results, null, 1) + '\n');
  const actual = Object.fromEntries(results.map((r) => [r.file, r.failure ? { failure: r.failure.split('\n')[0] } : { kinds: r.kinds }]));
  if (process.argv.includes('--update')) {
    fs.writeFileSync(EXPECTED, JSON.stringify(actual, null, 1) + '\n');
    process.stdout.write(`已写入 ${path.relative(process.cwd(), EXPECTED)}\n`);
  } else if (fs.existsSync(EXPECTED) && only < 0) {
    const expected = JSON.parse(fs.readFileSync(EXPECTED, 'utf8')) as Record<string, unknown>;
    const diffs = Object.keys({ ...expected, ...actual }).filter((k) => JSON.stringify(expected[k]) !== JSON.stringify(actual[k]));
    for (const k of diffs) process.stdout.write(`与期望不同：${k}\n  期望 ${JSON.stringify(expected[k])}\n  实际 ${JSON.stringify(actual[k])}\n`);
    if (diffs.length) process.exitCode = 1;
  }
}

void main();
