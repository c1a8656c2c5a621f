import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Holds the latest value while it keeps changing and saves it once the changes pause for
 * `delayMs`, so a dragged slider sends a few updates instead of dozens. A value still waiting
 * when the component goes away is saved then, never dropped.
 */
export function useDebouncedSave<Value>(
  save: (value: Value) => void,
  delayMs: number,
): { readonly pending: Value | null; readonly schedule: (value: Value) => void } {
  const [pending, setPending] = useState<Value | null>(null);
  const pendingRef = useRef<Value | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    const value = pendingRef.current;
    if (value === null) return;
    pendingRef.current = null;
    setPending(null);
    saveRef.current(value);
  }, []);

  useEffect(() => {
    if (pending === null) return;
    const timer = window.setTimeout(flush, delayMs);
    return () => window.clearTimeout(timer);
  }, [pending, delayMs, flush]);

  useEffect(() => flush, [flush]);

  const schedule = useCallback((value: Value) => {
    pendingRef.current = value;
    setPending(value);
  }, []);

  return { pending, schedule };
}
