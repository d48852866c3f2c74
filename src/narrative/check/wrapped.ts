/**
 * Lines of a 说明 as sentences run, not as the text was broken: text copied out of a PDF or a
 * fixed-width export breaks sentences — and figures — across lines (「…拨\n款支出预算」,
 * 「二级指标12\n\n个」). Such a line is joined to the one before it; a new paragraph (indented,
 * numbered, a heading, a table row, a line after a full stop) is not. Each logical line keeps
 * where its pieces came from, so a finding still names the line of the original text.
 */
import { toHalfWidth } from '../../vocabulary/fold';

export interface LogicalLine {
  /** Half-width text, the pieces joined without separator (Chinese wraps without spaces). */
  text: string;
  /** 1-based line of the original text where each piece starts, by offset in `text`. */
  pieces: { offset: number; line: number }[];
}

/** Starts a paragraph or a block of its own: numbering, headings, bullets, table rows, HTML. */
const NEW_BLOCK = /^\s*([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[部分章节条]|[#*>|<•·■◆①-⑳-]|附[件表])/;
/** A line indented like a paragraph start (fixed-width exports indent each paragraph). */
const INDENTED = /^(\s{2,}|\u3000)/;
/** Ends a sentence: the next line is a new one. */
const SENTENCE_END = /[。！？!?]\s*$/;
/** Cannot begin a paragraph: a unit or punctuation left over from the previous line. */
const CONTINUATION = /^\s*(个|万元|亿元|元|%|[，,、。；;：:）)])/;

function isTitle(line: string): boolean {
  return NEW_BLOCK.test(line) && !/[，,。；;]/.test(line);
}

function continues(prev: string, next: string): boolean {
  if (!prev.trim() || !next.trim() || SENTENCE_END.test(prev) || isTitle(prev)) return false;
  if (/\t|\|/.test(prev) || /\t|\|/.test(next)) return false;
  if (CONTINUATION.test(next)) return true;
  return !INDENTED.test(next) && !NEW_BLOCK.test(next) && !/[:：]\s*$/.test(prev);
}

export function logicalLines(text: string): LogicalLine[] {
  const raw = text.split(/\r?\n/).map((l) => toHalfWidth(l).replace(/％/g, '%'));
  const out: LogicalLine[] = [];
  let cur: LogicalLine | null = null;
  let lastRaw = '';
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i];
    if (!line.trim()) {
      // a sentence broken by an empty line: 「设置二级指标12」 / 「」 / 「个、三级指标12个」
      const next = raw.slice(i + 1, i + 3).find((l) => l.trim());
      if (cur && next !== undefined && CONTINUATION.test(next) && /[\d\u4e00-\u9fff]\s*$/.test(lastRaw)) continue;
      cur = null;
      lastRaw = '';
      continue;
    }
    if (cur && continues(lastRaw, line)) {
      const piece = line.replace(/^\s+/, '');
      cur.pieces.push({ offset: cur.text.length, line: i + 1 });
      cur.text += piece;
    } else {
      cur = { text: line, pieces: [{ offset: 0, line: i + 1 }] };
      out.push(cur);
    }
    lastRaw = line;
  }
  return out;
}

/** The original line of an offset in a logical line. */
export function lineAt(l: LogicalLine, offset: number): number {
  let line = l.pieces[0].line;
  for (const p of l.pieces) if (p.offset <= offset) line = p.line;
  return line;
}
