/** One line of figures after a check: tables, errors, warnings, infos, time; and what changed. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckRun } from '../state/pipeline';
import type { FindingDiff } from '../state/diff';
import { ReviewTable } from './ReviewTable';

const useStyles = makeStyles({
  box: { display: 'flex', flexWrap: 'wrap', gap: '4px 12px', padding: '8px', borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2 },
  changes: { display: 'block', marginTop: '4px', color: tokens.colorNeutralForeground2 },
  // The summary grows on a re-check (the changes line); the browser's scroll anchoring must pick a
  // finding below it, never the summary itself, so the list stays where the user was reading.
  section: { overflowAnchor: 'none' },
});

export function Summary({ run, diff }: { run: CheckRun; diff: FindingDiff | null }) {
  const s = useStyles();
  const f = run.analysis.findings;
  const count = (sev: string) => f.filter((x) => x.severity === sev).length;
  const seconds = (run.elapsedMs / 1000).toFixed(1);
  return (
    <section aria-label="检查结果摘要" data-testid="summary" className={s.section}>
      <div className={s.box} role="status">
        <Text data-testid="summary-tables">表格 {run.analysis.tables.length} 张</Text>
        <Text data-testid="summary-errors">错误 {count('error')} 项</Text>
        <Text data-testid="summary-warnings">提示 {count('warning')} 项</Text>
        <Text data-testid="summary-infos">信息 {count('info')} 项</Text>
        <Text>用时 {seconds} 秒</Text>
      </div>
      {diff && (
        <Text className={s.changes} data-testid="summary-changes">
          与上次检查相比：已修复 {diff.fixed.length} 项，新增 {diff.added.length} 项。
        </Text>
      )}
      <ReviewTable analysis={run.analysis} />
    </section>
  );
}
