/**
 * 「复制到 Word」 (with the Ctrl+C fallback), 「下载 .docx」, 「插入到新工作表」 (Excel only); the copy
 * and the .docx carry the charts the tab shows.
 */
import { Button, Field, Textarea, makeStyles } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { NarrativeDoc } from '../../src/narrative/types';
import { docxAvailable, toDocx, toHtml, toText } from '../engine/narrative-api';
import { insertTextSheet } from '../host/insert-sheet';
import { usePaneContext } from '../state/PaneContext';
import type { PaneChart } from './chart-images';
import { copyRich, downloadBlob } from './clipboard';
import { docxFileName } from './edit';

const useStyles = makeStyles({ row: { display: 'flex', flexWrap: 'wrap', gap: '6px' } });

export function ExportBar({ doc, charts = [] }: { doc: NarrativeDoc; charts?: PaneChart[] }) {
  const s = useStyles();
  const pane = usePaneContext();
  const [fallback, setFallback] = useState<string | null>(null);
  const areaRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (fallback !== null) {
      areaRef.current?.focus();
      areaRef.current?.select();
    }
  }, [fallback]);

  const copy = async () => {
    const text = toText(doc);
    const ok = await copyRich(toHtml(doc, charts), text);
    if (ok) {
      setFallback(null);
      pane.showNotice('已复制，可在 Word 中粘贴（保留格式）。');
    } else {
      setFallback(text);
    }
  };
  const download = () => pane.attempt('生成 .docx', async () => {
    downloadBlob(await toDocx(doc, charts), docxFileName(doc));
    pane.showNotice(`已生成 ${docxFileName(doc)}。`);
  });
  const insert = () => pane.attempt('插入到新工作表', async () => {
    const name = await insertTextSheet('预算说明', toText(doc).split('\n'));
    pane.showNotice(`已插入到新工作表「${name}」。删除该工作表即可还原。`);
  });

  return (
    <div>
      <div className={s.row}>
        <Button appearance="primary" onClick={() => void copy()}>复制到 Word</Button>
        {docxAvailable() && <Button onClick={() => void download()}>下载 .docx</Button>}
        {pane.host === 'excel' && <Button onClick={() => void insert()}>插入到新工作表</Button>}
      </div>
      {fallback !== null && (
        <Field label="浏览器阻止了自动复制：文字已选中，请按 Ctrl+C 复制" style={{ marginTop: 6 }}>
          <Textarea ref={areaRef} readOnly rows={6} value={fallback} data-testid="copy-fallback" />
        </Field>
      )}
    </div>
  );
}
