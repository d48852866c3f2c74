/** 表格: every recognized table; a correction is saved in the workbook and the check reruns. */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { usePaneContext } from '../state/PaneContext';
import { indexOnSheet, rangeCells, withCorrection } from './corrections';
import { TableItem } from './TableItem';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  intro: { color: tokens.colorNeutralForeground3, marginBottom: '8px' },
});

export function TablesTab() {
  const s = useStyles();
  const pane = usePaneContext();
  const tables = pane.run?.analysis.tables ?? [];
  if (!pane.run) return <Text className={s.muted}>运行「一键检查」后，这里列出识别到的所有表格。</Text>;
  if (tables.length === 0) return <Text className={s.muted}>未在工作簿中识别到表格。</Text>;
  return (
    <>
      <Text className={s.intro} block>识别到 {tables.length} 张表格。类型或单位识别有误时，可在下拉框中更正；更正保存在工作簿中，并会重新检查。</Text>
      <ul className={s.list} aria-label="识别到的表格">
        {tables.map((t) => (
          <TableItem key={t.id} table={t}
            onGo={() => pane.source && void pane.attempt('转到表格', () => pane.source!.select(rangeCells(t)))}
            onCorrect={(change) => void pane.updateSetting('corrections', withCorrection(pane.settings.corrections, t.sheet, indexOnSheet(t, tables), change), true)} />
        ))}
      </ul>
    </>
  );
}
