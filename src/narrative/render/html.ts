/**
 * HTML of a 说明 for rich-text copy into Word. Every text is escaped: names come from cells, and
 * a cell holding `<img onerror=…>` must show as text. Inline styles only (Word ignores <style>).
 */
import type { NarrativeDoc } from '../types';
import { numberedHeadings } from './numbering';

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

export function narrativeToHtml(doc: NarrativeDoc): string {
  const headings = numberedHeadings(doc);
  const parts = [`<h1 style="${TITLE}">${escapeHtml(doc.title)}</h1>`];
  doc.sections.forEach((s, i) => {
    const tag = `h${s.level + 1}`;
    parts.push(`<${tag} style="${HEADING[s.level]}">${escapeHtml(headings[i])}</${tag}>`);
    for (const p of s.paragraphs) {
      const text = escapeHtml(p.text).replace(/_{4}/g, '<span style="background:#fff2cc">____</span>');
      parts.push(`<p style="${BODY}">${text}</p>`);
    }
  });
  return `<div class="yusuan-narrative">${parts.join('\n')}</div>`;
}
