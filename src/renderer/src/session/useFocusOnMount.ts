import { useEffect, useRef } from 'react';

/** A screen's first field, focused when it appears so the keyboard can start at once. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
