/**
 * One finding: severity (colour + icon + words), the Chinese message, expected / actual /
 * difference and the cells. The whole item is a button: click or Enter takes the user to the cells.
 * Every text is rendered as React text (never HTML), cell contents included.
 */
import { Badge, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { useContext } from 'react';
import type { Finding } from '../../src/findings';
import { refToString } from '../../src/grid/address';
import { SeverityTag } from '../common/Severity';
import { PaneContext } from '../state/PaneContext';
import { pagesOfFinding, pagesText, pdfPackageOf } from '../state/pdf-package';

const useStyles = makeStyles({
  item: {
    display: 'block', width: '100%', textAlign: 'left', padding: '8px', margin: '0 0 6px 0',
    border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit', fontSize: tokens.fontSizeBase300, cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  error: { borderLeft: `4px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `4px solid ${tokens.colorPaletteDarkOrangeBorder2}` },
  info: { borderLeft: `4px solid ${tokens.colorPaletteBlueBorderActive}` },
  current: { backgroundColor: tokens.colorBrandBackground2, outline: `1px solid ${tokens.colorBrandStroke2}` },
  head: { display: 'flex', gap: '6px', alignItems: 'center', marginBottom: '2px' },
  message: { display: 'block', lineHeight: '1.45', wordBreak: 'break-word' },
  figures: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '0 6px', margin: '4px 0 0 0', fontSize: tokens.fontSizeBase200 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, wordBreak: 'break-all' },
  meta: { display: 'block', marginTop: '4px', fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, wordBreak: 'break-all' },
  quote: { display: 'block', marginTop: '4px', paddingLeft: '6px', borderLeft: `2px solid ${tokens.colorNeutralStroke1}`, fontSize: tokens.fontSizeBase200 },
});

function cellsText(f: Finding): string {
  const refs = f.cells.map(refToString);
  return refs.length > 6 ? `${refs.slice(0, 6).join('、')} 等 ${refs.length} 个单元格` : refs.join('、');
}

export interface FindingItemProps {
  finding: Finding;
  isNew: boolean;
  /** The finding the user last went to (its cells are selected in the workbook). */
  current?: boolean;
  onOpen: (f: Finding) => void;
}

export function FindingItem({ finding: f, isNew, current, onOpen }: FindingItemProps) {
  const s = useStyles();
  const label = `${f.severity === 'error' ? '错误' : f.severity === 'warning' ? '提示' : '信息'}${f.rounding ? '（尾差）' : ''}：${f.message}`;
  // The name is the severity and the message; the figures, quote and cells are its description.
  const detailsId = useId('finding-details');
  // a PDF package: where the figures are printed (the sheet 「第12页」 only says where the table starts)
  const pages = pagesText(pagesOfFinding(f, pdfPackageOf(useContext(PaneContext)?.source ?? null)));
  const hasDetails = f.expected !== undefined || f.actual !== undefined || f.difference !== undefined || !!f.quote || f.cells.length > 0;
  return (
    <button type="button" className={mergeClasses(s.item, s[f.severity], current && s.current)} onClick={() => onOpen(f)}
      aria-current={current ? 'true' : undefined} aria-describedby={hasDetails ? detailsId : undefined}
      data-testid="finding" data-rule={f.rule} aria-label={f.cells.length ? `${label}。按 Enter 转到单元格` : label}>
      <span className={s.head}>
        <SeverityTag severity={f.severity} rounding={f.rounding} />
        {isNew && <Badge size="small" appearance="tint" color="brand">新增</Badge>}
      </span>
      <span className={s.message}>{f.message}</span>
      <span id={detailsId}>
        {/* spans, not <dl>: a button may hold phrasing content only */}
        {(f.expected !== undefined || f.actual !== undefined || f.difference !== undefined) && (
          <span className={s.figures}>
            {f.expected !== undefined && (<><span className={s.dt}>应为</span><span className={s.dd}>{f.expected}</span></>)}
            {f.actual !== undefined && (<><span className={s.dt}>实际</span><span className={s.dd}>{f.actual}</span></>)}
            {f.difference !== undefined && (<><span className={s.dt}>差额</span><span className={s.dd}>{f.difference}</span></>)}
          </span>
        )}
        {f.quote && <span className={s.quote}>{f.line !== undefined ? `第 ${f.line} 行：` : ''}{f.quote}</span>}
        {pages && <span className={s.meta} data-testid="finding-pages">页码：{pages}</span>}
        {f.cells.length > 0 && <span className={s.meta}>单元格：{cellsText(f)}</span>}
        {f.consequences && f.consequences.length > 0 && (
          <span className={s.meta}>另有 {f.consequences.length} 项由此引起（已合并）</span>
        )}
      </span>
    </button>
  );
}
