/** The reviewer's summary (公开质量: 完整性/准确性/说明质量) as a short table under the figures. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Analysis } from '../../src/engine';
import { reviewSummary } from '../../src/review-summary';

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', marginTop: '6px', fontSize: tokens.fontSizeBase200 },
  cell: { padding: '2px 4px', textAlign: 'left', borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top' },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  fair: { color: tokens.colorPaletteDarkOrangeForeground1 },
  verdict: { display: 'block', marginTop: '6px' },
});

export function ReviewTable({ analysis }: { analysis: Analysis }) {
  const s = useStyles();
  const r = reviewSummary(analysis.findings, analysis.narrativeChecked === true);
  return (
    <div data-testid="review-summary">
      <Text className={s.verdict} weight="semibold">{r.verdict}</Text>
      <table className={s.table} aria-label="公开质量">
        <thead>
          <tr>
            <th className={s.cell} scope="col">方面</th>
            <th className={s.cell} scope="col">评价</th>
            <th className={s.cell} scope="col">错误/提示</th>
            <th className={s.cell} scope="col">主要问题</th>
          </tr>
        </thead>
        <tbody>
          {r.aspects.map((a) => (
            <tr key={a.aspect} data-testid={`review-${a.aspect}`}>
              <td className={s.cell}>{a.aspect}</td>
              <td className={`${s.cell} ${a.grade === '需改进' ? s.bad : a.grade === '基本合格' ? s.fair : ''}`}>{a.grade}</td>
              <td className={s.cell}>{a.errors}/{a.warnings}</td>
              <td className={s.cell}>{a.notes[0] ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
