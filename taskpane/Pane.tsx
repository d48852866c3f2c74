/**
 * The task pane itself (in Excel and in the workbench): title, messages, the four tabs. Panels stay
 * mounted when hidden so that each keeps its state and scroll position.
 */
import { Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { WorkbookSource } from '../src/source';
import { CheckTab } from './check/CheckTab';
import { StatusBars } from './common/StatusBars';
import type { HostKind } from './host/detect';
import { PaneContext } from './state/PaneContext';
import { usePane } from './state/usePane';

// The 检查 tab is what the pane opens on; the other three load right after the start scripts
// (their own chunks), so the pane is usable sooner (issue 15: start scripts ≤ 250 KB gzip).
const NarrativeTab = lazy(() => import(/* webpackChunkName: "tab-narrative" */ './narrative/NarrativeTab').then((m) => ({ default: m.NarrativeTab })));
const TablesTab = lazy(() => import(/* webpackChunkName: "tab-tables" */ './tables/TablesTab').then((m) => ({ default: m.TablesTab })));
const RulesTab = lazy(() => import(/* webpackChunkName: "tab-rules" */ './rules/RulesTab').then((m) => ({ default: m.RulesTab })));

type TabId = 'check' | 'narrative' | 'tables' | 'rules';
const TABS: [TabId, string][] = [
  ['check', '检查'],
  ['narrative', '说明'],
  ['tables', '表格'],
  ['rules', '规则'],
];

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0, fontSize: tokens.fontSizeBase300 },
  title: { display: 'flex', alignItems: 'baseline', gap: '8px', padding: '8px 12px 0' },
  name: { color: tokens.colorNeutralForeground3, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', minWidth: 0 },
  panel: { flex: '1 1 auto', overflowY: 'auto', padding: '8px 12px 16px', minHeight: 0 },
});

export interface PaneProps {
  source: WorkbookSource | null;
  host: HostKind;
  /** Extra controls under the title (the workbench's file picker). */
  header?: ReactNode;
  loadError?: string | null;
  busy?: boolean;
}

export function Pane({ source, host, header, loadError, busy }: PaneProps) {
  const s = useStyles();
  const pane = usePane(source, host);
  const [tab, setTab] = useState<TabId>('check');
  return (
    <PaneContext.Provider value={pane}>
      <div className={s.root}>
        <header className={s.title}>
          <Text as="h1" size={500} weight="semibold">预算公开助手</Text>
          {source && <Text className={s.name} title={source.name} data-testid="workbook-name">{source.name}</Text>}
        </header>
        {header}
        {busy && <Spinner size="tiny" label="正在打开工作簿…" />}
        <StatusBars extraError={loadError ?? null} />
        <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} aria-label="功能">
          {TABS.map(([id, label]) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>{label}</Tab>
          ))}
        </TabList>
        {TABS.map(([id]) => (
          <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={tab !== id}
            className={s.panel} data-testid={`panel-${id}`} style={tab !== id ? { display: 'none' } : undefined}>
            {id === 'check' && <CheckTab />}
            {id !== 'check' && (
              <Suspense fallback={<Spinner size="tiny" label="正在加载…" />}>
                {id === 'narrative' && <NarrativeTab />}
                {id === 'tables' && <TablesTab />}
                {id === 'rules' && <RulesTab />}
              </Suspense>
            )}
          </div>
        ))}
      </div>
    </PaneContext.Provider>
  );
}
