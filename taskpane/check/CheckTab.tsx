/**
 * 检查: 「一键检查」 with progress and cancel, the summary, mark / clear, filters and the findings.
 * Results of the previous check stay on screen during a re-check, so the scroll position holds.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useMemo, useState } from 'react';
import type { Finding } from '../../src/findings';
import { uniqueCells } from '../common/cells';
import { listRules } from '../engine/rules-api';
import { UNREADABLE_RULE_NAMES } from '../../src/rules/unreadable-cells';
import { findingKey } from '../state/diff';
import { usePaneContext } from '../state/PaneContext';
import { FindingList } from './FindingList';
import { NO_FILTER, groupFindings, matches, tableOf, type FindingFilter } from './filter';
import { ProgressView } from './ProgressView';
import { Summary } from './Summary';

// The filters (Fluent's Dropdown) show only once a check has findings: loaded then, not at start.
const Filters = lazy(() => import(/* webpackChunkName: "check-filters" */ './Filters').then((m) => ({ default: m.Filters })));

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '10px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '4px' },
  // The actions stay reachable however far the list is scrolled.
  sticky: {
    position: 'sticky', top: '-8px', zIndex: 1, display: 'flex', flexDirection: 'column', gap: '6px',
    margin: '-8px -12px 0', padding: '8px 12px', backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  // Buttons as wide as their words, so the three actions fit one row in a 320–350 px pane.
  compact: { minWidth: 'auto' },
});

export function CheckTab() {
  const s = useStyles();
  const pane = usePaneContext();
  const { run, progress, source } = pane;
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [groupBy, setGroupBy] = useState<'table' | 'rule'>('table');
  const [currentKey, setCurrentKey] = useState<string | null>(null);
  const ruleNames = useMemo(() => new Map([...listRules().map((r): [string, string] => [r.id, r.name]), ...Object.entries(UNREADABLE_RULE_NAMES)]), []);
  const tables = run?.analysis.tables ?? [];
  const findings = run?.analysis.findings ?? [];
  const tableIds = useMemo(() => [...new Set(findings.map((f) => tableOf(f, tables)))], [findings, tables]);
  const shown = useMemo(() => findings.filter((f) => matches(f, filter, tables)), [findings, filter, tables]);
  const groups = useMemo(
    () => groupFindings(shown, groupBy, tables, (id) => ruleNames.get(id) ?? id),
    [shown, groupBy, tables, ruleNames],
  );
  const problemCells = useMemo(() => uniqueCells(findings.filter((f) => f.severity !== 'info').flatMap((f) => f.cells)), [findings]);

  const open = (f: Finding) => {
    if (!source || f.cells.length === 0) return;
    setCurrentKey(findingKey(f));
    void pane.attempt('转到单元格', () => source.select(f.cells));
  };
  const mark = () => source && pane.attempt('标记问题单元格', async () => {
    await source.mark(problemCells);
    pane.showNotice(`已标记 ${problemCells.length} 个问题单元格。`);
  });
  const clear = () => source && pane.attempt('清除标记', async () => {
    const result = await source.clearMarks();
    pane.showNotice(result?.note ?? '已清除标记，单元格格式已恢复。');
  });

  return (
    <div className={s.col}>
      <div className={s.sticky} data-testid="check-actions">
        <div className={s.row}>
          <Button className={s.compact} appearance="primary" onClick={() => void pane.check()} disabled={!source || !!progress}>一键检查</Button>
          <Button className={s.compact} onClick={() => void mark()} disabled={!run || problemCells.length === 0}>标记问题单元格</Button>
          <Button className={s.compact} onClick={() => void clear()} disabled={!source}>清除标记</Button>
        </div>
        {progress && <ProgressView progress={progress} onCancel={pane.cancel} />}
      </div>
      {!run && !progress && (
        <Text className={s.muted}>{source ? '点击「一键检查」，核对本工作簿所有表格内和表格间的勾稽关系。' : '请先打开一个工作簿。'}</Text>
      )}
      {run && <Summary run={run} diff={pane.diff} />}
      {run && findings.length === 0 && (
        <MessageBar intent="success"><MessageBarBody>未发现问题。</MessageBarBody></MessageBar>
      )}
      {run && findings.length > 0 && (
        <>
          <Suspense fallback={null}>
            <Filters filter={filter} onChange={setFilter} groupBy={groupBy} onGroupBy={setGroupBy} tables={tables} tableIds={tableIds} />
          </Suspense>
          <Text className={s.muted} data-testid="shown-count">显示 {shown.length} / {findings.length} 项</Text>
          <FindingList groups={groups} newKeys={pane.diff?.addedKeys ?? new Set()} currentKey={currentKey} onOpen={open} />
        </>
      )}
    </div>
  );
}
