import { renderHook } from '@testing-library/react';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useMergeRefs } from '../../../src/lib/vendor/floating-ui-merge-refs';

describe('useMergeRefs (vendored for Mantine ScrollArea)', () => {
  it('sets object and callback refs, then clears them', () => {
    const objectRef = createRef<string>();
    const callback = vi.fn();
    const { result } = renderHook(() => useMergeRefs<string>([objectRef, callback, undefined]));
    result.current?.('node');
    expect(objectRef.current).toBe('node');
    expect(callback).toHaveBeenLastCalledWith('node');
    result.current?.(null);
    expect(objectRef.current).toBeNull();
    expect(callback).toHaveBeenLastCalledWith(null);
  });

  it('runs a callback ref cleanup instead of calling it with null', () => {
    const cleanup = vi.fn();
    const callback = vi.fn(() => cleanup);
    const { result } = renderHook(() => useMergeRefs<string>([callback]));
    result.current?.('node');
    result.current?.(null);
    expect(cleanup).toHaveBeenCalledTimes(1);
    expect(callback).toHaveBeenCalledTimes(1);
  });

  it('is null when there is no ref to merge', () => {
    const { result } = renderHook(() => useMergeRefs<string>([undefined, undefined]));
    expect(result.current).toBeNull();
  });
});
