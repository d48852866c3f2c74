/** 说明: generate (template, prior year), edit, hand to Word; or check an existing 说明. */
import { Button, Divider, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { charts as chartsOf, generate, narrativeAvailable } from '../engine/narrative-api';
import { usePaneContext } from '../state/PaneContext';
import { paneCharts } from './chart-images';
import { CheckExisting } from './CheckExisting';
import { applyEdits, currentEdits, sectionKeys, sectionText, type SectionEdit } from './edit';
import { ExportBar } from './ExportBar';
import { NarrativeInputs } from './Inputs';
import { Sections } from './Sections';

const useStyles = makeStyles({ col: { display: 'flex', flexDirection: 'column', gap: '8px' }, muted: { color: tokens.colorNeutralForeground3 } });

export function NarrativeTab() {
  const s = useStyles();
  const pane = usePaneContext();
  const [edits, setEdits] = useState<Map<string, SectionEdit>>(new Map());
  const [replaced, setReplaced] = useState<string[]>([]);
  const [wanted, setWanted] = useState(false);
  const analysis = pane.run?.analysis;
  const { template, priorFigures } = pane.settings;
  const doc = useMemo(
    () => (wanted && analysis ? generate(analysis.model, template, analysis.priorModel, priorFigures) : null),
    [wanted, analysis, template, priorFigures],
  );
  // 图1–图4 from the same figures as the text; a chart whose figures the workbook lacks is not drawn.
  const charts = useMemo(
    () => (doc && analysis ? paneCharts(chartsOf(analysis.model, analysis.priorModel, priorFigures)) : []),
    [doc, analysis, priorFigures],
  );
  const resolved = useMemo(() => (doc ? currentEdits(doc, edits) : null), [doc, edits]);
  // A regenerated document (re-check, new prior-year figures) keeps the user's edits of sections
  // whose generated text did not change; edits made on figures that changed are dropped, and said so.
  useEffect(() => {
    if (!resolved || resolved.stale.length === 0) return;
    setReplaced(resolved.stale);
    setEdits(resolved.keep);
  }, [resolved]);
  const edited = useMemo(() => (doc && resolved ? applyEdits(doc, resolved.byIndex) : null), [doc, resolved]);
  const onEdit = (i: number, text: string) => {
    if (!doc) return;
    setEdits(new Map(edits).set(sectionKeys(doc)[i], { base: sectionText(doc, i), text }));
  };
  const regenerate = () => {
    setWanted(true);
    setEdits(new Map());
    setReplaced([]);
  };

  return (
    <div className={s.col}>
      <Text as="h2" weight="semibold">生成说明</Text>
      {!narrativeAvailable() ? (
        <Text className={s.muted} data-testid="narrative-unavailable">说明生成功能暂不可用。</Text>
      ) : (
        <>
          <NarrativeInputs />
          <div>
            <Button appearance={doc ? 'secondary' : 'primary'} disabled={!analysis} onClick={regenerate}>
              {doc ? '重新生成' : '生成说明'}
            </Button>
          </div>
          {!analysis && <Text className={s.muted}>请先在「检查」页运行一键检查，说明中的数字取自识别到的表格。</Text>}
          {replaced.length > 0 && (
            <MessageBar intent="warning" data-testid="edits-replaced">
              <MessageBarBody>数字已更新，以下各节按新数字重新生成，您的修改未保留：{replaced.join('、')}。</MessageBarBody>
            </MessageBar>
          )}
          {edited && doc && (
            <>
              <Sections doc={edited} edits={resolved?.byIndex ?? new Map()} onEdit={onEdit} charts={charts} />
              <ExportBar doc={edited} charts={charts} />
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
