/**
 * A fixed subset of ../shared/corpus-pdf, one package per city template, read and recognized
 * as the committed expectation says (test/data/corpus-pdf-expected.json, written by
 * `npm run corpus -- --update`). The whole corpus runs in `npm run corpus`. Skips with one
 * printed line when ../shared is absent.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkPackage } from '../../scripts/corpus-check';

const CORPUS = path.resolve(__dirname, '../../../shared/corpus-pdf');
const EXPECTED = path.resolve(__dirname, '../data/corpus-pdf-expected.json');

// the smallest package with tables of each city template
const SUBSET = ['上海/25e800a6.pdf', '北京/0712b170.pdf', '深圳/60bb8d51.pdf', '西安/5d77663c.pdf', '无锡/9b08f5d5.pdf', '苏州/566b0189.pdf', '杭州/28647feb.pdf', '武汉/35b6ffa7.pdf'];

const present = fs.existsSync(CORPUS);
if (!present) console.log(`跳过 PDF 语料测试：找不到 ${CORPUS}`);
const maybe = present ? describe : describe.skip;

maybe('PDF corpus subset (one package per city template)', () => {
  const expected = JSON.parse(fs.readFileSync(EXPECTED, 'utf8')) as Record<string, { kinds?: string[]; failure?: string }>;
  it.each(SUBSET)('%s reads as committed', async (file) => {
    const r = await checkPackage(path.join(CORPUS, file));
    expect(r.failure).toBeUndefined();
    expect(r.kinds).toEqual(expected[file].kinds);
    // every title naming a core table is recognized as that table
    expect(r.core.filter((c) => c.expected !== c.got)).toEqual([]);
  }, 120000);
});
