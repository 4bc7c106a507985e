import { useState } from 'react';

/**
 * The value, or the last one seen for the same `key` once it becomes null (a record deleted
 * elsewhere), so an open editor keeps what it shows and what was typed into it. A value seen under
 * another key (the page moved to another id) is never returned.
 */
export function useLastSeen<T>(value: T | null | undefined, key: string): T | undefined {
  const [last, setLast] = useState<{ key: string; value: T }>();
  if (value && (value !== last?.value || key !== last.key)) setLast({ key, value });
  if (value) return value;
  return last?.key === key ? last.value : undefined;
}
