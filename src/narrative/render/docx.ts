/**
 * .docx of a 说明 laid out as a government document (GB/T 9704 公文格式 as the 说明 use it):
 * title 方正小标宋简体 二号 centered; headings 一、 黑体 三号, （一） 楷体_GB2312 三号, 1. 仿宋 加粗;
 * body 仿宋_GB2312 三号, first line indented two characters, fixed 28-point line spacing; A4 with
 * 公文 margins and a 「— 1 —」 page number. Fonts fall back to Word's 黑体/仿宋/楷体 when the
 * GB2312 fonts are missing.
 */
import { AlignmentType, Document, Footer, ImageRun, LineRuleType, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { NarrativeChart } from '../charts';
import type { NarrativeDoc } from '../types';
import { numberedHeadings } from './numbering';
import { placeFigures } from './place-figures';

export const DOCX_FONTS = {
  title: '方正小标宋简体',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  latin: 'Times New Roman',
} as const;

const SIZE_ERHAO = 44; // 二号 22pt, in half-points
const SIZE_SANHAO = 32; // 三号 16pt
const LINE = { line: 560, lineRule: LineRuleType.EXACT } as const; // 28pt
const MM = 56.7; // twips per millimetre

function font(eastAsia: string) {
  return { eastAsia, ascii: DOCX_FONTS.latin, hAnsi: DOCX_FONTS.latin };
}

function run(text: string, eastAsia: string, size: number, bold = false): TextRun {
  return new TextRun({ text, font: font(eastAsia), size, bold });
}

function body(text: string): Paragraph {
  return new Paragraph({ children: [run(text, DOCX_FONTS.body, SIZE_SANHAO)], indent: { firstLine: 640 }, spacing: LINE, alignment: AlignmentType.JUSTIFIED });
}

function heading(text: string, level: number): Paragraph {
  const f = level === 1 ? DOCX_FONTS.heading1 : level === 2 ? DOCX_FONTS.heading2 : DOCX_FONTS.body;
  return new Paragraph({ children: [run(text, f, SIZE_SANHAO, level === 3)], indent: { firstLine: 640 }, spacing: LINE, keepNext: true });
}

/** A chart after its section: the image centred, then 「图N 标题」 and its figures (楷体, 四号). */
function chartParagraphs(c: NarrativeChart): Paragraph[] {
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [new ImageRun({ type: 'png', data: c.png, transformation: { width: c.width, height: c.height }, altText: { name: c.title, title: c.title, description: c.caption } })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 200 }, children: [run(`${c.title}（${c.caption}）`, DOCX_FONTS.heading2, 28)] }),
  ];
}

export interface DocxOptions {
  /** Charts to place after their sections (src/narrative/charts: chartsFor(model, prior)). */
  charts?: NarrativeChart[];
}

export function narrativeToDocxDocument(doc: NarrativeDoc, options: DocxOptions = {}): Document {
  const headings = numberedHeadings(doc);
  const children: Paragraph[] = [
    new Paragraph({ children: [run(doc.title, DOCX_FONTS.title, SIZE_ERHAO)], alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT, after: 560 } }),
  ];
  const placed = placeFigures(doc, options.charts ?? []);
  doc.sections.forEach((s, i) => {
    children.push(heading(headings[i], s.level));
    for (const p of s.paragraphs) children.push(body(p.text));
    for (const c of placed[i]) children.push(...chartParagraphs(c));
  });
  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(DOCX_FONTS.body), size: 28 })] })],
  });
  return new Document({
    creator: '预算公开助手',
    title: doc.title,
    styles: { default: { document: { run: { font: font(DOCX_FONTS.body), size: SIZE_SANHAO } } } },
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) } } },
      footers: { default: footer },
      children,
    }],
  });
}

/** The .docx bytes (works in Node and in the browser). */
export async function narrativeToDocx(doc: NarrativeDoc, options: DocxOptions = {}): Promise<Uint8Array> {
  const buf = await Packer.toArrayBuffer(narrativeToDocxDocument(doc, options));
  return new Uint8Array(buf);
}
