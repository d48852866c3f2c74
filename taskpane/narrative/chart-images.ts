/**
 * The charts as the pane shows them: the very PNG bytes the .docx embeds, as a data: URL (the CSP
 * allows `img-src data:`), so the same string serves the <img> and the HTML 「复制到 Word」 puts on
 * the clipboard (a blob: URL would mean nothing outside this page).
 */
import type { NarrativeChart } from '../../src/narrative/charts';

/** A chart with its PNG as a data: URL (a NarrativeChart for the .docx, an HtmlFigure for the copy). */
export type PaneChart = NarrativeChart & { src: string };

/** Base64 of bytes; btoa takes a binary string, built in slices to stay under argument limits. */
export function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function paneCharts(charts: NarrativeChart[]): PaneChart[] {
  return charts.map((c) => ({ ...c, src: `data:image/png;base64,${base64(c.png)}` }));
}
