/**
 * Errors (Chinese, dismissable; the pane stays usable) and short notices, as Fluent MessageBars —
 * multiline, since a long file name would otherwise run past the bar in a narrow pane.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, makeStyles } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import { usePaneContext } from '../state/PaneContext';

const useStyles = makeStyles({ box: { display: 'flex', flexDirection: 'column', gap: '4px', padding: '4px 12px' } });

export function StatusBars({ extraError }: { extraError: string | null }) {
  const s = useStyles();
  const pane = usePaneContext();
  const close = (fn: () => void) => (
    <MessageBarActions containerAction={<Button appearance="transparent" aria-label="关闭" icon={<Dismiss16Regular />} onClick={fn} />} />
  );
  if (!extraError && !pane.error && !pane.notice) return null;
  return (
    <div className={s.box} aria-live="polite">
      {extraError && (
        <MessageBar intent="error" layout="multiline" data-testid="error-bar"><MessageBarBody>{extraError}</MessageBarBody></MessageBar>
      )}
      {pane.error && (
        <MessageBar intent="error" layout="multiline" data-testid="error-bar"><MessageBarBody>{pane.error}</MessageBarBody>{close(pane.dismissError)}</MessageBar>
      )}
      {pane.notice && (
        <MessageBar intent="info" layout="multiline" data-testid="notice-bar"><MessageBarBody>{pane.notice}</MessageBarBody>{close(() => pane.showNotice(null))}</MessageBar>
      )}
    </div>
  );
}
