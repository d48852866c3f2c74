/** The pane controller, available to every tab without prop drilling. */
import { createContext, useContext } from 'react';
import type { PaneController } from './usePane';

export const PaneContext = createContext<PaneController | null>(null);

export function usePaneContext(): PaneController {
  const c = useContext(PaneContext);
  if (!c) throw new Error('PaneContext missing');
  return c;
}
