/** Severity shown three ways at once: colour, icon and words (never colour alone). */
import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from '@fluentui/react-icons';
import type { Severity } from '../../src/findings';
import { severityName } from '../../src/findings';

const useStyles = makeStyles({
  tag: { display: 'inline-flex', alignItems: 'center', gap: '2px', fontWeight: tokens.fontWeightSemibold, whiteSpace: 'nowrap' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
});

export function SeverityTag({ severity, rounding }: { severity: Severity; rounding?: boolean }) {
  const s = useStyles();
  const Icon = severity === 'error' ? ErrorCircle16Filled : severity === 'warning' ? Warning16Filled : Info16Filled;
  return (
    <span className={`${s.tag} ${s[severity]}`}>
      <Icon aria-hidden />
      {severityName(severity)}
      {rounding ? '（尾差）' : ''}
    </span>
  );
}
