/** Heading numbers of a government document: 一、 / （一） / 1. — restarting under each parent. */
import type { NarrativeDoc } from '../types';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 21 → 二十一. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

export function headingNumber(level: number, n: number): string {
  if (level === 1) return `${chineseNumber(n)}、`;
  if (level === 2) return `（${chineseNumber(n)}）`;
  return `${n}.`;
}

/** Numbered headings of a document, in order (one per section). */
export function numberedHeadings(doc: NarrativeDoc): string[] {
  const counters = [0, 0, 0, 0];
  return doc.sections.map((s) => {
    counters[s.level] += 1;
    for (let l = s.level + 1; l < counters.length; l++) counters[l] = 0;
    return headingNumber(s.level, counters[s.level]) + s.heading;
  });
}
