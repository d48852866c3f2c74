/**
 * Production task pane bundle size: what taskpane.html loads up front (its <script> files: the
 * shared engine.js, the functions and the pane), gzip-compressed. Target ≤ 250 KB gzip (issue 15;
 * KB = 1024 bytes); the lazily loaded chunks (exceljs for the workbench, docx for 「下载 .docx」,
 * the tabs other than 检查, the filters) are listed apart.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.resolve(__dirname, '..');
const WEB = path.join(ROOT, 'dist', 'web');
const TARGET_KB = 250;

function gzipKb(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length / 1024;
}

/** Local scripts the page loads at start (the office.js CDN script is not ours). */
function initialScripts(html: string): string[] {
  // The minified page may leave attribute values unquoted (src=taskpane.js).
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src));
}

export async function run(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  await (require(path.join(ROOT, 'test', 'e2e', 'build-if-stale.js')) as () => Promise<void>)();
  const html = fs.readFileSync(path.join(WEB, 'taskpane.html'), 'utf8');
  const initial = initialScripts(html).map((src) => path.join(WEB, src.replace(/^\.?\//, '')));
  let total = 0;
  for (const f of initial) {
    const kb = gzipKb(f);
    total += kb;
    console.log(`  initial  ${path.relative(WEB, f).padEnd(36)} ${kb.toFixed(1).padStart(7)} KB gzip`);
  }
  const chunksDir = path.join(WEB, 'chunks');
  const lazy = fs.existsSync(chunksDir) ? fs.readdirSync(chunksDir).filter((f) => f.endsWith('.js')) : [];
  for (const f of lazy) console.log(`  lazy     ${('chunks/' + f).padEnd(36)} ${gzipKb(path.join(chunksDir, f)).toFixed(1).padStart(7)} KB gzip`);
  const verdict = total <= TARGET_KB ? '达标' : '超标';
  console.log(`task pane initial bundle: ${total.toFixed(1)} KB gzip (target ≤ ${TARGET_KB} KB) — ${verdict}`);
}

if (require.main === module) void run();
