/**
 * `npm run bench`: runs every bench/*.bench.ts in turn. Each prints its own figures (speed
 * targets live here, not in timed tests).
 */
import * as fs from 'fs';
import * as path from 'path';

async function main(): Promise<void> {
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.bench.ts')).sort();
  for (const f of files) {
    process.stdout.write(`\n## ${f}\n`);
    const mod = (await import(path.join(__dirname, f))) as { run?: () => Promise<void> | void };
    if (typeof mod.run === 'function') await mod.run();
  }
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exitCode = 1;
});
