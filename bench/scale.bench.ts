/**
 * Scale (issue 15). Two parts:
 * 1. Engine time (recognition + model + every built-in rule, in process, on grids) on each layout
 *    the rules must stay linear on, at a quarter and at full size (≈ 1 M cells): ms per 1 M cells,
 *    target < 1000, and the full/quarter ratio (≈ 4 when linear).
 * 2. `yusuan check --json` of the consolidated 1 M-cell workbook (部门支出总表 and 一般公共预算支出表,
 *    200 units × 350 功能分类 lines) against a bare exceljs load of the same file, both in child
 *    processes measured in the same run (CPU time and peak resident memory from getrusage): targets
 *    CPU ≤ 1.3×, memory ≤ 1.5×, and no error finding on the balanced workbook.
 * The workbooks are generated into a temporary folder at bench time and removed after.
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { analyze } from '../src/engine';
import { cellCount, layout, toGrids, type Layout, type LayoutOptions } from './layouts';
import { writeXlsx } from './xlsx-write';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'src', 'cli', 'index.js');
const RUSAGE = path.join(__dirname, 'measure', 'rusage.js');
const BARE = path.join(__dirname, 'measure', 'bare-load.js');

/** Full sizes: each ≈ 1 M cells. */
const SIZES: Record<Layout, LayoutOptions> = {
  consolidated: { units: 200, lines: 350 },
  grouped: { units: 490, lines: 291 },
  subtotals: { units: 400, lines: 350 },
  flat: { units: 400, lines: 416 },
};

function engineCpuMs(kind: Layout, o: LayoutOptions): { cells: number; ms: number; errors: number } {
  const specs = layout(kind, o);
  const cells = cellCount(specs);
  let best = Infinity;
  let errors = 0;
  for (let i = 0; i < 2; i++) {
    const grids = toGrids(specs);
    global.gc?.();
    const c0 = process.cpuUsage();
    const a = analyze(grids);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
    errors = a.findings.filter((f) => f.severity === 'error').length;
  }
  return { cells, ms: best, errors };
}

export interface Measured {
  cpuMs: number;
  maxRssMb: number;
  status: number | null;
  stdout: string;
}

/** Runs `node <args>` with the rusage probe; CPU and peak memory of that process alone. */
export function measureNode(args: string[]): Measured {
  const out = path.join(os.tmpdir(), `yusuan-rusage-${process.pid}-${Date.now()}.json`);
  const r = spawnSync(process.execPath, ['-r', RUSAGE, ...args], { env: { ...process.env, YUSUAN_RUSAGE: out }, encoding: 'utf8', maxBuffer: 1 << 30 });
  const u = JSON.parse(fs.readFileSync(out, 'utf8')) as { cpuMs: number; maxRssMb: number };
  fs.rmSync(out, { force: true });
  return { ...u, status: r.status, stdout: r.stdout };
}

/** Best (least CPU) of `n` runs: on a shared machine the quietest run measures the code. */
function bestOf(n: number, args: string[]): Measured {
  let best: Measured | null = null;
  for (let i = 0; i < n; i++) {
    const m = measureNode(args);
    if (!best || m.cpuMs < best.cpuMs) best = m;
  }
  return best!;
}

export function buildCli(): void {
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')], { stdio: 'inherit' });
}

export function bareLoad(file: string, n = 2): Measured {
  return bestOf(n, [BARE, file]);
}

function verdict(ok: boolean): string {
  return ok ? 'OK' : 'ABOVE TARGET';
}

async function checkAgainstBareLoad(dir: string): Promise<void> {
  const o = SIZES.consolidated;
  const specs = layout('consolidated', o);
  const file = path.join(dir, 'consolidated.xlsx');
  const t0 = Date.now();
  await writeXlsx(file, specs);
  const mb = fs.statSync(file).size / 1048576;
  console.log(`consolidated workbook: ${cellCount(specs).toLocaleString('en')} cells, ${mb.toFixed(1)} MB .xlsx (written in ${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  const bare = bareLoad(file);
  const check = bestOf(2, [CLI, 'check', file, '--json']);
  let errors = -1;
  try {
    errors = (JSON.parse(check.stdout) as { summary: { errors: number } }).summary.errors;
  } catch {
    /* reported below as -1 */
  }
  const cpu = check.cpuMs / bare.cpuMs;
  const mem = check.maxRssMb / bare.maxRssMb;
  console.log(`  bare exceljs load      ${bare.cpuMs.toFixed(0).padStart(6)} ms CPU   peak ${bare.maxRssMb.toFixed(0).padStart(5)} MB`);
  console.log(`  yusuan check --json    ${check.cpuMs.toFixed(0).padStart(6)} ms CPU   peak ${check.maxRssMb.toFixed(0).padStart(5)} MB   exit ${check.status}, ${errors} error findings`);
  console.log(`  ratio CPU ${cpu.toFixed(2)}× (target ≤ 1.3×): ${verdict(cpu <= 1.3)}   memory ${mem.toFixed(2)}× (target ≤ 1.5×): ${verdict(mem <= 1.5)}   no false finding: ${errors === 0 ? 'OK' : 'NO'}`);
}

/**
 * A reviewer's folder: 300 generated departments' packages (1–6 units, 60–350 功能分类 lines each).
 * Target: the whole folder checked (wall time, every core) within one core's bare exceljs load of
 * the same files (CPU time).
 */
async function folderAgainstBareLoad(dir: string): Promise<void> {
  const folder = path.join(dir, 'folder');
  fs.mkdirSync(folder);
  let cells = 0;
  for (let i = 0; i < 300; i++) {
    const specs = layout('consolidated', { units: 1 + (i % 6), lines: 60 + ((i * 37) % 290), unitCodes: i % 2 ? 'six' : 'short' });
    cells += cellCount(specs);
    await writeXlsx(path.join(folder, `部门${String(i + 1).padStart(3, '0')}.xlsx`), specs);
  }
  const bare = bareLoad(folder, 1);
  const t0 = process.hrtime.bigint();
  const check = measureNode([CLI, 'check', folder, '--json']);
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  let checked = -1;
  let errors = -1;
  try {
    const reports = JSON.parse(check.stdout) as { summary: { errors: number } }[];
    checked = reports.length;
    errors = reports.reduce((n, r) => n + r.summary.errors, 0);
  } catch {
    /* reported below as -1 */
  }
  console.log(`folder of 300 packages (${cells.toLocaleString('en')} cells), ${os.availableParallelism()} cores:`);
  console.log(`  bare exceljs load, one core   ${bare.cpuMs.toFixed(0).padStart(6)} ms CPU`);
  console.log(`  yusuan check <folder> --json  ${wall.toFixed(0).padStart(6)} ms wall (${check.cpuMs.toFixed(0)} ms CPU in all threads), ${checked} reports, ${errors} error findings`);
  console.log(`  ratio wall / one core's bare load ${(wall / bare.cpuMs).toFixed(2)}× (target ≤ 1): ${verdict(wall <= bare.cpuMs)}`);
}

/** SCALE_PARTS=engine,file,folder (default all) runs some parts only, while working on one. */
const PARTS = new Set((process.env.SCALE_PARTS ?? 'engine,file,folder').split(','));

export async function run(): Promise<void> {
  if (PARTS.has('engine')) engineTimes();
  buildCli();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-scale-'));
  try {
    if (PARTS.has('file')) await checkAgainstBareLoad(dir);
    if (PARTS.has('folder')) await folderAgainstBareLoad(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function engineTimes(): void {
  console.log('engine time (recognition + model + rules, CPU, best of 2), per layout:');
  for (const kind of Object.keys(SIZES) as Layout[]) {
    const full = SIZES[kind];
    const quarter = engineCpuMs(kind, { ...full, units: Math.max(1, Math.round(full.units / 4)) });
    const whole = engineCpuMs(kind, full);
    const perM = whole.ms / (whole.cells / 1e6);
    const growth = whole.ms / quarter.ms / (whole.cells / quarter.cells);
    console.log(
      `  ${kind.padEnd(13)} ${whole.cells.toLocaleString('en').padStart(10)} cells ${whole.ms.toFixed(0).padStart(6)} ms  = ${perM.toFixed(0).padStart(5)} ms per 1 M cells (target < 1000): ${verdict(perM < 1000)}   ×4 size → ×${(whole.ms / quarter.ms).toFixed(1)} time (${growth <= 1.5 ? 'linear' : 'SUPERLINEAR'})   errors ${whole.errors}`,
    );
  }
}

if (require.main === module) run().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exitCode = 1;
});
