/** The user-rule editor: notation help, Chinese syntax errors, save (in the workbook) and re-check. */
import { Button, Field, MessageBar, MessageBarBody, Text, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { checkRuleSyntax } from '../engine/rules-api';
import { usePaneContext } from '../state/PaneContext';

const useStyles = makeStyles({
  help: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, margin: '4px 0' },
  code: { fontFamily: tokens.fontFamilyMonospace, backgroundColor: tokens.colorNeutralBackground3, padding: '0 2px' },
  area: { fontFamily: tokens.fontFamilyMonospace },
  row: { display: 'flex', gap: '6px', marginTop: '6px' },
  errors: { margin: '4px 0', paddingLeft: '18px' },
});

export function UserRules() {
  const s = useStyles();
  const pane = usePaneContext();
  const [text, setText] = useState(pane.settings.userRules);
  useEffect(() => {
    setText(pane.settings.userRules);
  }, [pane.settings.userRules]);
  const errors = useMemo(() => checkRuleSyntax(text), [text]);
  const dirty = text !== pane.settings.userRules;
  return (
    <section aria-label="自定义规则">
      <Field label="自定义规则" validationState={errors.length ? 'error' : 'none'}
        validationMessage={errors.length ? `有 ${errors.length} 处语法错误` : undefined}>
        <Textarea className={s.area} resize="vertical" rows={5} value={text} onChange={(_, d) => setText(d.value)}
          placeholder="收支总表.收入总计 = 收支总表.支出总计" />
      </Field>
      <Text className={s.help}>
        每行一个等式，例如 <span className={s.code}>收支总表.收入总计 = 收支总表.支出总计</span>；
        可用 + − 、括号、合计(表.集合)，比较符 = ≤ ≥ ≈。可选的标题行 <span className={s.code}>【编号】名称（强制|提示）</span>，
        说明行 <span className={s.code}>说明：…</span>；以 # 开头的行是注释。
      </Text>
      {errors.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>
            <ul className={s.errors} data-testid="rule-errors">
              {errors.map((e, i) => (
                <li key={i}>{e.line !== undefined ? `第 ${e.line} 行${e.column !== undefined ? `第 ${e.column} 列` : ''}：` : ''}{e.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Button appearance="primary" disabled={!dirty || errors.length > 0 || !pane.source}
          onClick={() => void pane.updateSetting('userRules', text, true)}>保存并重新检查</Button>
        <Button disabled={!dirty} onClick={() => setText(pane.settings.userRules)}>撤销修改</Button>
      </div>
    </section>
  );
}
