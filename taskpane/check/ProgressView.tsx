/** The check's progress: a bar with the current step in words, and 「取消」. */
import { Button, Field, ProgressBar, makeStyles } from '@fluentui/react-components';
import { STEPS } from '../state/pipeline';
import type { Progress } from '../state/usePane';

const useStyles = makeStyles({ row: { display: 'flex', alignItems: 'flex-end', gap: '8px' }, field: { flexGrow: 1 } });

export function ProgressView({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const s = useStyles();
  const label = `第 ${progress.step + 1}/${STEPS.length} 步：${STEPS[progress.step]}…${progress.detail ? `（${progress.detail}）` : ''}`;
  return (
    <div className={s.row}>
      <Field className={s.field} label={label} validationMessage={undefined}>
        <ProgressBar value={(progress.step + 0.5) / STEPS.length} aria-label={label} />
      </Field>
      <Button onClick={onCancel} aria-label="取消检查">取消</Button>
    </div>
  );
}
