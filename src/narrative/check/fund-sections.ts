/**
 * Fund sections of the 说明 (杭州 「2.政府性基金预算当年拨款结构情况。」 then 「城乡社区（类）支出
 * 211,000.00万元…」): a short numbered heading naming 政府性基金 or 国有资本经营 scopes the 类 figures
 * below it to that fund, up to the next numbered heading. Text only; scope.ts decides what it means.
 */
const NUMBERED = /^\s*([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．](?!\d))/;
const FUND = /政府性基金|国有资本经营/;
const FIGURE = /\d\s*(万元|亿元|元|%)/;

/** For each logical line, the fund heading it is under (or null). */
export function fundSections(lines: string[]): (string | null)[] {
  let open: string | null = null;
  return lines.map((line) => {
    const t = line.trim();
    if (NUMBERED.test(t) && t.length <= 40 && !FIGURE.test(t)) open = FUND.test(t) ? t.replace(/[。.]$/, '') : null;
    return open;
  });
}
