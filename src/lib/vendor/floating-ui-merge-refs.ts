// `useMergeRefs` from @floating-ui/react 0.27 (MIT, https://github.com/floating-ui/floating-ui),
// copied so that Mantine's ScrollArea, which needs only this hook, does not pull the whole of
// @floating-ui (about 13 KB gzip) onto every page with a table or a dialog. vite.config.ts
// points ScrollArea's import of '@floating-ui/react' here, in production builds only.
/* eslint-disable react-hooks/use-memo, react-hooks/exhaustive-deps -- vendored as upstream: the refs array is the dependency list */
import { useCallback, useMemo, useRef, type Ref, type RefCallback } from 'react';

type Cleanup = () => void;

export function useMergeRefs<T>(refs: ReadonlyArray<Ref<T> | undefined>): RefCallback<T> | null {
  const cleanupRef = useRef<Cleanup | undefined>(undefined);
  const refEffect = useCallback((instance: T) => {
    const cleanups = refs.map((ref) => {
      if (ref == null) return undefined;
      if (typeof ref === 'function') {
        const refCleanup = ref(instance);
        return typeof refCleanup === 'function' ? refCleanup : () => void ref(null);
      }
      ref.current = instance;
      return () => {
        ref.current = null;
      };
    });
    return () => cleanups.forEach((cleanup) => cleanup?.());
  }, refs);
  return useMemo(() => {
    if (refs.every((ref) => ref == null)) return null;
    return (value: T | null) => {
      if (cleanupRef.current) {
        cleanupRef.current();
        cleanupRef.current = undefined;
      }
      if (value != null) cleanupRef.current = refEffect(value);
    };
  }, refs);
}
