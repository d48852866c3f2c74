/**
 * The folder check on worker threads (src/cli/folder.ts) gives exactly what the one-thread loop
 * gives, in the folder's order, with a broken file failed and the rest checked; the progress line
 * goes to stderr only. Runs the compiled CLI (worker threads load compiled JavaScript).
 */
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FIXTURE_NAMES, fixturePath } from '../fixtures';

const ROOT = path.resolve(__dirname, '../..');
const BIN = path.join(ROOT, 'bin', 'yusuan.js');

function run(dir: string, workers: number, ...flags: string[]) {
  return spawnSync(process.execPath, [BIN, 'check', dir, ...flags], { env: { ...process.env, YUSUAN_WORKERS: String(workers) }, encoding: 'utf8' });
}

describe('folder check on worker threads', () => {
  let dir: string;
  beforeAll(() => {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(ROOT, 'tsconfig.cli.json')]);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'yusuan-workers-'));
    const fixtures = FIXTURE_NAMES.map((n) => fixturePath(n));
    fixtures.forEach((f, i) => fs.copyFileSync(f, path.join(dir, `${i + 1}-${path.basename(f)}`)));
    fs.writeFileSync(path.join(dir, '0-损坏.xlsx'), 'not a zip');
    fs.copyFileSync(fixtures[0], path.join(dir, '9-copy.xlsx'));
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('three threads give the same JSON as one, in the folder order, the broken file failed', () => {
    const one = run(dir, 1, '--json');
    const three = run(dir, 3, '--json');
    expect(three.status).toBe(one.status);
    expect(three.stdout).toBe(one.stdout);
    const reports = JSON.parse(three.stdout) as { workbook: string; unreadable?: string }[];
    // every file in the folder's order; the broken one says why it could not be read
    expect(reports.map((r) => r.workbook)).toEqual(fs.readdirSync(dir).sort());
    expect(reports.filter((r) => r.unreadable).map((r) => r.workbook)).toEqual(['0-损坏.xlsx']);
    expect(three.stderr).toContain('无法检查「0-损坏.xlsx」');
    expect(three.stderr).not.toContain('at ');
  }, 120_000);

  it('--progress writes the progress to stderr, never to stdout', () => {
    const r = run(dir, 2, '--json', '--progress');
    expect(r.stderr).toMatch(/检查中 5\/5（100%）/);
    expect(r.stdout).not.toContain('检查中');
    expect(JSON.parse(r.stdout)).toHaveLength(5);
  }, 120_000);
});
