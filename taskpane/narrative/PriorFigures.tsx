/**
 * 上年数: fields for the prior-year figures the template's 比上年 sentences need, when no prior-year
 * workbook is chosen. Saved in the workbook (yusuan.priorFigures) when a field is left or Enter is
 * pressed; a value that is not an amount is shown as an error and not saved.
 */
import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { BudgetModel } from '../../src/model/types';
import { usePaneContext } from '../state/PaneContext';
import { cleanPriorFigures, parsePriorInput, priorFields } from './prior-figures';

const useStyles = makeStyles({
  box: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: '4px 8px' },
  summary: { cursor: 'pointer', padding: '4px 0', fontWeight: tokens.fontWeightSemibold, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(136px, 1fr))', gap: '6px 8px', margin: '4px 0 6px' },
  muted: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  input: { minWidth: 0, width: '100%' },
  row: { display: 'flex', gap: '6px', alignItems: 'center', marginBottom: '4px' },
});

export function PriorFigures({ model }: { model: BudgetModel }) {
  const s = useStyles();
  const pane = usePaneContext();
  const saved = pane.settings.priorFigures;
  const fields = useMemo(() => priorFields(model, pane.settings.template), [model, pane.settings.template]);
  const [typed, setTyped] = useState<Record<string, string>>(saved);
  // Follow the saved figures when they change from outside (another workbook, its settings loaded),
  // not after our own save: a field still holding a wrong value keeps it for the user to fix.
  useEffect(() => {
    setTyped((cur) => (JSON.stringify(cleanPriorFigures(cur)) === JSON.stringify(saved) ? cur : saved));
  }, [saved]);
  const given = fields.filter((f) => saved[f.name] !== undefined).length;

  const commit = () => {
    const next = cleanPriorFigures(typed);
    if (JSON.stringify(next) !== JSON.stringify(saved)) void pane.updateSetting('priorFigures', next);
  };
  const clear = () => {
    setTyped({});
    void pane.updateSetting('priorFigures', {});
  };
  if (fields.length === 0) return null;

  return (
    <details className={s.box} data-testid="prior-figures" open={given > 0 || undefined}>
      <summary className={s.summary}>填写上年数（万元，{given}/{fields.length} 项已填）</summary>
      <Text className={s.muted}>没有上年工作簿时，填写上年预算数（万元），说明中会写出比上年增减；未填的句子略去比上年部分。</Text>
      <div className={s.grid} role="group" aria-label="上年数（万元）">
        {fields.map((f) => {
          const text = typed[f.name] ?? '';
          const p = parsePriorInput(text);
          return (
            <Field key={f.name} label={f.name} hint={`本年 ${f.current} 万元`}
              validationState={p.ok ? 'none' : 'error'} validationMessage={p.ok ? undefined : p.message}>
              <Input className={s.input} size="small" inputMode="decimal" value={text}
                aria-label={`上年${f.name}（万元）`} data-fact={f.name}
                onChange={(_, d) => setTyped({ ...typed, [f.name]: d.value })}
                onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
            </Field>
          );
        })}
      </div>
      <div className={s.row}>
        <Button size="small" onClick={commit}>保存上年数</Button>
        {given > 0 && <Button size="small" appearance="subtle" onClick={clear}>清空</Button>}
      </div>
    </details>
  );
}
