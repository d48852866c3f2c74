/**
 * Excel read round trips: ExcelWorkbookSource.readSheets over office-addin-mock workbooks of 20
 * and 200 disclosure-like sheets. Prints syncs (the target: 2 however many sheets), the largest
 * payload of one sync against Excel's 5 MB limit, and the time spent in our code plus the mock.
 * Real Excel adds its own time per round trip (tens of ms on the web), which is why the sync count
 * is the figure that matters.
 */
import { ExcelWorkbookSource } from '../src/sources/excel';
import { MockWorkbook } from '../test/sources/excel-mock';
import { budgetWorkbook, mockSettings } from '../test/sources/mock-workbooks';

async function measure(label: string, sheets: number, lines: number, repeat = false): Promise<void> {
  const wb = new MockWorkbook(budgetWorkbook(sheets, lines));
  wb.payloadLimit = 5 * 1024 * 1024; // Excel on the web refuses bigger responses
  const src = new ExcelWorkbookSource({ run: wb.run, settings: mockSettings() as never });
  for (const pass of repeat ? [label, `${label}, again (sizes remembered)`] : [label]) {
    wb.syncs = 0;
    wb.payloads = [];
    const t0 = process.hrtime.bigint();
    const grids = await src.readSheets();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    const cells = grids.reduce((n, g) => n + g.values.reduce((m, r) => m + r.length, 0), 0);
    const maxKb = Math.round(Math.max(0, ...wb.payloads) / 1024);
    process.stdout.write(`${pass.padEnd(58)} syncs ${String(wb.syncs).padStart(3)}   cells ${String(cells).padStart(7)}   max payload/sync ${String(maxKb).padStart(5)} KB   ${ms.toFixed(0).padStart(6)} ms\n`);
  }
}

export async function run(): Promise<void> {
  await measure('20 sheets × 30 lines', 20, 30);
  await measure('200 sheets × 30 lines', 200, 30);
  // Over 5 MB: the first (unknown-size) read fails once, then reads sizes and row chunks.
  await measure('20 sheets × 2000 lines (≈ 8 MB)', 20, 2000, true);
}

if (require.main === module) run().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
  process.exitCode = 1;
});
