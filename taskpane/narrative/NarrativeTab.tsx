/** 说明: generate (template, prior year), edit, hand to Word; or check an existing 说明. */
import { Button, Divider, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { generate, narrativeAvailable } from '../engine/narrative-api';
import { usePaneContext } from '../state/PaneContext';
import { CheckExisting } from './CheckExisting';
import { applyEdits } from './edit';
import { ExportBar } from './ExportBar';
import { NarrativeInputs } from './Inputs';
import { Sections } from './Sections';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', gap: '8px' }, muted: { color: tokens.colorNeutralForeground3 } });

export function NarrativeTab() {
  const s = useStyles();
  const pane = usePaneContext();
  const [edits, setEdits] = useState<Map<number, string>>(new Map());
  const [wanted, setWanted] = useState(false);
  const analysis = pane.run?.analysis;
  const template = pane.settings.template;
  const doc = useMemo(
    () => (wanted && analysis ? generate(analysis.model, template, analysis.priorModel) : null),
    [wanted, analysis, template],
  );
  useEffect(() => {
    setEdits(new Map());
  }, [doc]);
  const edited = useMemo(() => (doc ? applyEdits(doc, edits) : null), [doc, edits]);

  return (
    <div className={s.col}>
      <Text as="h2" weight="semibold">生成说明</Text>
      {!narrativeAvailable() ? (
        <Text className={s.muted} data-testid="narrative-unavailable">说明生成功能暂不可用。</Text>
      ) : (
        <>
          <NarrativeInputs />
          <div>
            <Button appearance={doc ? 'secondary' : 'primary'} disabled={!analysis} onClick={() => { setWanted(true); setEdits(new Map()); }}>
              {doc ? '重新生成' : '生成说明'}
            </Button>
          </div>
          {!analysis && <Text className={s.muted}>请先在「检查」页运行一键检查，说明中的数字取自识别到的表格。</Text>}
          {edited && (
            <>
              <Sections doc={edited} edits={edits} onEdit={(i, t) => setEdits(new Map(edits).set(i, t))} />
              <ExportBar doc={edited} />
            </>
          )}
        </>
      )}
      <Divider />
      <Text as="h2" weight="semibold">检查已有说明</Text>
      <CheckExisting />
    </div>
  );
}
