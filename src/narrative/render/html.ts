/**
 * HTML of a 说明 for rich-text copy into Word. Every text is escaped: names come from cells, and
 * a cell holding `<img onerror=…>` must show as text. Inline styles only (Word ignores <style>).
 */
import type { NarrativeDoc } from '../types';
import { numberedHeadings } from './numbering';
import { placeFigures } from './place-figures';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const BODY = "font-family:'仿宋_GB2312','仿宋',FangSong,serif;font-size:16pt;line-height:28pt;text-indent:2em;margin:0;";
const TITLE = "font-family:'方正小标宋简体','华文中宋','黑体',SimHei,serif;font-size:22pt;text-align:center;margin:0 0 16pt 0;font-weight:normal;";
const HEADING: Record<number, string> = {
  1: "font-family:'黑体',SimHei,sans-serif;font-size:16pt;text-indent:2em;margin:0;font-weight:normal;",
  2: "font-family:'楷体_GB2312','楷体',KaiTi,serif;font-size:16pt;text-indent:2em;margin:0;font-weight:normal;",
  3: "font-family:'仿宋_GB2312','仿宋',FangSong,serif;font-size:16pt;text-indent:2em;margin:0;font-weight:bold;",
};

const CAPTION = "font-family:'楷体_GB2312','楷体',KaiTi,serif;font-size:14pt;text-align:center;margin:0 0 10pt 0;";

/** A chart placed after its section (the pane: PNG bytes as a data: URL, see taskpane/narrative/chart-images.ts). */
export interface HtmlFigure {
  section: string;
  title: string;
  caption: string;
  /** data:image/png;base64,… — anything else is left out (the HTML goes to another program). */
  src: string;
  width: number;
  height: number;
}

const DATA_PNG = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;

/** The image centred, then 「图N 标题（figures）」 as in the .docx; the caption is also the alt text. */
function figureHtml(f: HtmlFigure): string {
  if (!DATA_PNG.test(f.src)) return '';
  const label = escapeHtml(`${f.title}（${f.caption}）`);
  return `<p style="text-align:center;margin:0;"><img src="${f.src}" width="${Math.round(f.width)}" height="${Math.round(f.height)}" alt="${label}"></p>\n<p style="${CAPTION}">${label}</p>`;
}

export function narrativeToHtml(doc: NarrativeDoc, figures: HtmlFigure[] = []): string {
  const headings = numberedHeadings(doc);
  const placed = placeFigures(doc, figures);
  const parts = [`<h1 style="${TITLE}">${escapeHtml(doc.title)}</h1>`];
  doc.sections.forEach((s, i) => {
    const tag = `h${s.level + 1}`;
    parts.push(`<${tag} style="${HEADING[s.level]}">${escapeHtml(headings[i])}</${tag}>`);
    for (const p of s.paragraphs) {
      const text = escapeHtml(p.text).replace(/_{4}/g, '<span style="background:#fff2cc">____</span>');
      parts.push(`<p style="${BODY}">${text}</p>`);
    }
    for (const f of placed[i]) parts.push(figureHtml(f));
  });
  return `<div class="yusuan-narrative">${parts.join('\n')}</div>`;
}
