/**
 * A Fluent Textarea that grows with its content, so a 说明 section is read whole instead of in a
 * small scrolling box (Fluent caps a textarea at 260 px). It re-measures when the text changes and
 * when the pane is resized (a narrower pane wraps into more lines); the user can still drag it taller.
 */
import { Textarea, type TextareaProps } from '@fluentui/react-components';
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

export function AutoTextarea({ minRows = 2, ...props }: TextareaProps & { minRows?: number }) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const fit = useCallback(() => {
    const el = ref.current;
    if (!el || el.offsetParent === null) return; // hidden tab: measured when shown
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`; // border-box textarea without a border: scrollHeight is the height
  }, []);
  useLayoutEffect(fit, [fit, props.value]);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    let width = el.clientWidth;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth !== width) {
        width = el.clientWidth;
        fit();
      } else if (el.style.height === '' || el.style.height === 'auto') fit(); // first shown
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [fit]);
  return <Textarea {...props} ref={ref} rows={minRows} resize="vertical" textarea={{ style: { maxHeight: 'none', overflowY: 'auto' } }} />;
}
