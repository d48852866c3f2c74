/** Paste an existing 说明 and check it against the tables: problems listed with the quoted sentence. */
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Finding } from '../../src/findings';
import { FindingItem } from '../check/FindingItem';
import { thresholdOf } from '../state/pipeline';
import { usePaneContext } from '../state/PaneContext';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: '6px 0 0', padding: 0 },
  row: { display: 'flex', gap: '6px', marginTop: '6px' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** Findings that are about the text (they carry a line) rather than the tables. */
function textFindings(all: Finding[]): Finding[] {
  return all.filter((f) => f.line !== undefined || f.quote !== undefined || f.rule.startsWith('narrative'));
}

export function CheckExisting() {
  const s = useStyles();
  const pane = usePaneContext();
  const [text, setText] = useState('');
  const threshold = pane.settings.explainThreshold;
  const run = pane.run;
  // The check of the text is part of the workbook's check (pane.checkNarrative), so its findings
  // are what the 检查 tab and the YS.CHECK cells show; listed here while the text is unchanged.
  const result = useMemo(() => (run && run.narrative !== undefined && run.narrative === text ? textFindings(run.analysis.findings) : null), [run, text]);
  const check = () => pane.attempt('检查说明', () => pane.checkNarrative(text));
  // The result appears below the long text box: bring it into view.
  const resultRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (result) resultRef.current?.scrollIntoView({ block: 'start' });
  }, [result]);
  const edit = (value: string) => {
    setText(value);
    if (!value.trim()) void pane.checkNarrative(''); // an emptied box: later checks leave the text out
  };
  return (
    <section aria-label="检查已有说明">
      <Field label="粘贴已有的说明全文">
        <Textarea rows={5} resize="vertical" value={text} onChange={(_, d) => edit(d.value)}
          data-testid="existing-narrative" />
      </Field>
      <Field label="达到此金额的项级科目须在说明中说明（万元，可不填）"
        validationState={threshold.trim() && thresholdOf(threshold) === undefined ? 'error' : 'none'}
        validationMessage={threshold.trim() && thresholdOf(threshold) === undefined ? '请填写不小于0的金额，如 100' : undefined}>
        <Input value={threshold} onChange={(_, d) => void pane.updateSetting('explainThreshold', d.value)} data-testid="explain-threshold" />
      </Field>
      <div className={s.row}>
        <Button onClick={() => void check()} disabled={!run || !text.trim() || !!pane.progress}>检查这份说明</Button>
        {pane.progress && <Spinner size="tiny" label="正在检查…" />}
      </div>
      {!run && <Text className={s.muted}>请先在「检查」页运行一键检查。</Text>}
      <div ref={resultRef}>
        {result && result.length === 0 && (
          <MessageBar intent="success"><MessageBarBody>说明中的数字与表格一致，未发现问题。</MessageBarBody></MessageBar>
        )}
        {result && result.length > 0 && (
          <>
            <Text block weight="semibold" id="narrative-findings-title">发现 {result.length} 处问题：</Text>
            <ul className={s.list} data-testid="narrative-findings" aria-labelledby="narrative-findings-title">
              {result.map((f, i) => (
                <li key={i}>
                  <FindingItem finding={f} isNew={false}
                    onOpen={(x) => x.cells.length && pane.source && void pane.attempt('转到单元格', () => pane.source!.select(x.cells))} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
