/**
 * A reviewer's folder of published PDFs (issue 15: "the same for a folder of PDFs"): `yusuan check
 * <folder> --json` on every core against one core's bare pdf.js read of the same files (text of
 * every page, bench/measure/bare-pdf-load.js). Uses the 深圳 packages of ../shared/corpus-pdf
 * (skipped with one line when absent). Target: wall time within the bare read.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { measureNode } from './scale.bench';

const CORPUS = path.resolve(__dirname, '../../shared/corpus-pdf');
const CLI = path.resolve(__dirname, '../dist/cli/src/cli/index.js');
const BARE_PDF = path.join(__dirname, 'measure', 'bare-pdf-load.js');

export async function run(): Promise<void> {
  const folder = path.join(CORPUS, process.env.PDF_FOLDER ?? '深圳');
  if (!fs.existsSync(folder)) {
    process.stdout.write(`跳过：找不到 ${folder}\n`);
    return;
  }
  execFileSync(process.execPath, [path.resolve(__dirname, '../scripts/build-cli-if-stale.js')], { stdio: 'inherit' });
  const load0 = os.loadavg()[0];
  const n = fs.readdirSync(folder).filter((f) => f.endsWith('.pdf')).length;
  const bare = measureNode([BARE_PDF, folder]);
  const t0 = process.hrtime.bigint();
  const check = measureNode([CLI, 'check', folder, '--json']);
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  const cores = os.availableParallelism();
  const idle = check.cpuMs / cores;
  const ok = (b: boolean) => (b ? 'OK' : '未达到');
  console.log(`folder of ${n} published PDFs (${path.basename(folder)}), ${cores} cores, load average ${load0.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}:`);
  console.log(`  bare pdf.js text read, one core ${bare.cpuMs.toFixed(0).padStart(6)} ms CPU`);
  console.log(`  yusuan check <folder> --json    ${wall.toFixed(0).padStart(6)} ms wall, ${check.cpuMs.toFixed(0)} ms CPU in all threads (exit ${check.status})`);
  console.log(`  ratio wall / one core's bare read ${(wall / bare.cpuMs).toFixed(2)}× (target ≤ 1): ${ok(wall <= bare.cpuMs)}`);
  console.log(`  on idle cores (CPU / ${cores}): ${(idle / bare.cpuMs).toFixed(2)}× (target ≤ 1): ${ok(idle <= bare.cpuMs)}`);
}

if (require.main === module) void run();
