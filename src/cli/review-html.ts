/**
 * The reviewer's report as one self-contained HTML page (no script, no external file): the
 * summary and the findings as tables with sticky headers. Every text from a workbook is escaped.
 */
import { FINDING_HEADERS, findingRows, findingValues, SUMMARY_HEADERS, summaryRows, summaryValues, type ReviewInput } from './review-report';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function table(headers: string[], rows: (string | number)[][], statusCol?: number): string {
  const head = `<tr>${headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr>`;
  const body = rows
    .map((r) => {
      const cls = statusCol !== undefined ? ` class="s-${escapeHtml(String(r[statusCol]))}"` : '';
      return `<tr${cls}>${r.map((v) => `<td>${escapeHtml(String(v)).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<table><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

const STYLE = `body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin-bottom:2em;font-size:13px}th,td{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}
th{position:sticky;top:0;background:#eef2f7}tr.s-有错误 td:last-child{color:#b00020;font-weight:bold}
tr.s-无法检查 td:last-child{color:#8a5a00;font-weight:bold}tr.s-通过 td:last-child{color:#1b6e20}`;

export function reviewHtml(inputs: ReviewInput[], title = '预算公开材料审核结果'): string {
  const summary = summaryRows(inputs);
  const findings = findingRows(inputs);
  const errors = summary.filter((s) => s.status === '有错误').length;
  const failed = summary.filter((s) => s.status === '无法检查').length;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1>
<p>共 ${summary.length} 个单位：有错误 ${errors} 个，无法检查 ${failed} 个；问题 ${findings.length} 项。</p>
<h2>汇总</h2>
${table(SUMMARY_HEADERS, summary.map(summaryValues), SUMMARY_HEADERS.length - 1)}
<h2>问题清单</h2>
${table(FINDING_HEADERS, findings.map(findingValues))}
</body></html>
`;
}
