/** 规则: the built-in rules (switch off per workbook) and the user-rule editor. */
import { Divider, Switch, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { SeverityTag } from '../common/Severity';
import { listRules } from '../engine/rules-api';
import { usePaneContext } from '../state/PaneContext';
import { UserRules } from './UserRules';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: { padding: '6px 0', borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  desc: { display: 'block', wordBreak: 'break-word' },
  meta: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, wordBreak: 'break-all' },
  muted: { color: tokens.colorNeutralForeground3 },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: '6px' },
});

export function RulesTab() {
  const s = useStyles();
  const pane = usePaneContext();
  const rules = useMemo(() => listRules(), []);
  const disabled = new Set(pane.settings.disabledRules);
  const toggle = (id: string, on: boolean) => {
    const next = on ? pane.settings.disabledRules.filter((x) => x !== id) : [...pane.settings.disabledRules, id];
    void pane.updateSetting('disabledRules', next, !!pane.run);
  };
  return (
    <div>
      <Text as="h2" weight="semibold" block>内置规则</Text>
      {rules.length === 0 ? (
        <Text className={s.muted} block data-testid="rules-empty">暂无内置规则说明。</Text>
      ) : (
        <ul className={s.list} aria-label="内置规则" data-testid="rule-list">
          {rules.map((r) => (
            <li key={r.id} className={s.item}>
              <div className={s.head}>
                <SeverityTag severity={r.severity} />
                <Switch checked={!disabled.has(r.id)} label={disabled.has(r.id) ? '已关闭' : '启用'}
                  aria-label={`启用规则：${r.name}`} onChange={(_, d) => toggle(r.id, d.checked)} />
              </div>
              <Text className={s.desc} weight="semibold">{r.name}</Text>
              {r.description && <Text className={s.desc}>{r.description}</Text>}
              <Text className={s.meta}>{r.text}</Text>
            </li>
          ))}
        </ul>
      )}
      <Divider style={{ margin: '12px 0' }} />
      <UserRules />
    </div>
  );
}
