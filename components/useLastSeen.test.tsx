import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLastSeen } from './useLastSeen';

interface Rec {
  id: string;
}

describe('useLastSeen', () => {
  it('keeps the last record once it is gone, for the same id only', () => {
    const a: Rec = { id: 'a' };
    const { result, rerender } = renderHook(
      ({ value, id }: { value: Rec | null | undefined; id: string }) => useLastSeen(value, id),
      { initialProps: { value: a as Rec | null | undefined, id: 'a' } },
    );
    expect(result.current).toBe(a);
    rerender({ value: null, id: 'a' });
    expect(result.current).toBe(a);
    // Another id that names nothing: the previous record is not shown in its place.
    rerender({ value: null, id: 'b' });
    expect(result.current).toBeUndefined();
    rerender({ value: undefined, id: 'a' });
    expect(result.current).toBe(a);
  });

  it('follows the value while there is one', () => {
    const first: Rec = { id: 'a' };
    const second: Rec = { id: 'a' };
    const { result, rerender } = renderHook(
      ({ value }: { value: Rec | null }) => useLastSeen(value, 'a'),
      {
        initialProps: { value: first as Rec | null },
      },
    );
    rerender({ value: second });
    rerender({ value: null });
    expect(result.current).toBe(second);
  });
});
