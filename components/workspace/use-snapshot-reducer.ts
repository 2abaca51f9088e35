"use client";

import { useCallback, useRef, useState } from "react";

/**
 * `useReducer` whose latest state can also be read at once through `snapshot()`: a live event
 * that arrives right after a dispatch, before React has rendered it, must be judged against
 * the state as it now is. `reducer` must be pure and stable (defined at module level).
 */
export function useSnapshotReducer<S, A>(reducer: (state: S, action: A) => S, initial: S) {
  const [state, setState] = useState(initial);
  const current = useRef(initial);
  const dispatch = useCallback(
    (action: A) => {
      current.current = reducer(current.current, action);
      setState(current.current);
    },
    [reducer],
  );
  const snapshot = useCallback(() => current.current, []);
  return [state, dispatch, snapshot] as const;
}
