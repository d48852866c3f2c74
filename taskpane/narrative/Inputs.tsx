/**
 * Template choice and the prior-year workbook (for 比上年 figures): an .xlsx, or last year's
 * published PDF package — often the officer's only copy of last year's figures.
 */
import { Button, Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { SheetGrid } from '../../src/grid/types';
import { isPdfName, openPdf } from '../common/open-pdf';
import { openXlsxFile } from '../common/open-xlsx';
import { listTemplates, priorRefusal } from '../engine/narrative-api';
import { usePaneContext } from '../state/PaneContext';
import { PriorFigures } from './PriorFigures';

const useStyles = makeStyles({
  col: { display: 'flex', flexDirection: 'column', gap: '6px' },
  row: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  hidden: { display: 'none' },
});

export function NarrativeInputs() {
  const s = useStyles();
  const pane = usePaneContext();
  const templates = listTemplates();
  const fileRef = useRef<HTMLInputElement>(null);
  const current = templates.find((t) => t.id === pane.settings.template) ?? templates[0];

  // A workbook of another department or year is held back with its reason until the user says
  // 「仍然使用」 (the explicit override): its 比上年 figures would be false.
  const [refused, setRefused] = useState<{ name: string; sheets: SheetGrid[]; reason: string } | null>(null);

  const pickPrior = async (file: File | undefined) => {
    if (!file) return;
    let held = false;
    await pane.attempt('读取上年工作簿', async () => {
      const src = isPdfName(file.name) ? (await openPdf(file.name, await file.arrayBuffer())).source : await openXlsxFile(file);
      const sheets = await src.readSheets();
      const reason = priorRefusal(pane.run?.analysis.model, sheets);
      setRefused(reason ? { name: file.name, sheets, reason } : null);
      held = !!reason;
      if (!reason) pane.setPrior({ name: file.name, sheets });
    });
    if (pane.run && !held) await pane.check();
  };

  const acceptRefused = async () => {
    if (!refused) return;
    pane.setPrior({ name: refused.name, sheets: refused.sheets });
    setRefused(null);
    if (pane.run) await pane.check();
  };

  return (
    <div className={s.col}>
      {templates.length > 0 && (
        <Field label="说明模板">
          <Dropdown value={current?.name ?? ''} selectedOptions={current ? [current.id] : []}
            onOptionSelect={(_, d) => d.optionValue && void pane.updateSetting('template', d.optionValue)}>
            {templates.map((t) => (
              <Option key={t.id} value={t.id}>{t.name}</Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <div className={s.row}>
        <Button size="small" onClick={() => fileRef.current?.click()}>选择上年工作簿或 PDF…</Button>
        {pane.prior && (
          <Button size="small" appearance="subtle" aria-label="移除上年工作簿"
            onClick={() => { pane.setPrior(null); if (pane.run) void pane.check(); }}>移除</Button>
        )}
        <input ref={fileRef} className={s.hidden} type="file" accept=".xlsx,.pdf" aria-label="上年工作簿或公开的 PDF" data-testid="prior-file"
          onChange={(e) => { void pickPrior(e.target.files?.[0]); e.target.value = ''; }} />
      </div>
      {refused && (
        <div className={s.row} data-testid="prior-refused">
          <Text>{`「${refused.name}」${refused.reason}。`}</Text>
          <Button size="small" onClick={() => void acceptRefused()}>仍然使用</Button>
        </div>
      )}
      <Text className={s.muted} data-testid="prior-status">
        {pane.prior ? `上年数据取自：${pane.prior.name}` : '未选择上年工作簿：可在下面填写上年数，否则说明中略去与上年的比较。'}
      </Text>
      {!pane.prior && pane.run && <PriorFigures model={pane.run.analysis.model} />}
    </div>
  );
}
