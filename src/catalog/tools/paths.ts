/**
 * Finding 类/款/项 name paths in 说明 text: 「社会保障和就业支出（类）行政事业单位养老支出（款）
 * 行政单位离退休（项）」 and Shanghai's 「“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”」.
 */
import * as fs from 'fs';
import * as path from 'path';
import { DEFAULT_SHARED } from './harvest';

export interface FoundPath {
  text: string;
  source: string;
  year?: number;
}

const MARKED = /[\u4e00-\u9fff（）()、]{2,40}?[（(]类[）)]\s*(?:[^（(，。；“”\s]{2,40}[（(]款[）)]\s*(?:[^（(，。；“”\s]{2,40}[（(]项[）)])?)?/g;
const DASHED = /“([^“”\-]{2,40}-[^“”\-]{2,40}-[^“”\-]{2,40})”/g;

function listTexts(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? listTexts(path.join(dir, e.name)) : e.name.endsWith('.txt') ? [path.join(dir, e.name)] : []));
}

export function findPaths(shared = DEFAULT_SHARED): FoundPath[] {
  const out: FoundPath[] = [];
  for (const file of ['reference', 'corpus', 'fixtures'].flatMap((d) => listTexts(path.join(shared, d))).sort()) {
    const rel = path.relative(shared, file);
    const y = /(20\d\d)/.exec(path.basename(file));
    fs.readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .forEach((line, i) => {
        for (const re of [MARKED, DASHED]) {
          for (const m of line.matchAll(re)) {
            const text = (m[1] ?? m[0]).replace(/^[\d.、\s]+/, '').trim();
            out.push({ text, source: `${rel}:${i + 1}`, ...(y ? { year: Number(y[1]) } : {}) });
          }
        }
      });
  }
  return out;
}
