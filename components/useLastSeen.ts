import { useState } from 'react';

/**
 * The value, or the last one seen once it becomes null (a record deleted elsewhere), so an open
 * editor keeps what it shows and what was typed into it.
 */
export function useLastSeen<T>(value: T | null | undefined): T | undefined {
  const [last, setLast] = useState<T>();
  if (value && value !== last) setLast(value);
  return value ?? last;
}
