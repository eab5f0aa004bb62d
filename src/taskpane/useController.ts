import { useSyncExternalStore } from 'react';
import type { PaneController, PaneState } from './controller';

/** The controller's state as React state. */
export function usePaneState(controller: PaneController): PaneState {
  return useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
}
