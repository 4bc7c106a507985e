/**
 * Reads someone is waiting on (the term lists' answer to the query being typed) go ahead of the
 * stored index's bulk read at popup open: its next piece waits while such a read is in flight.
 */
let inFlight = 0;
let waiting: (() => void)[] = [];

export async function urgentRead<T>(read: () => Promise<T>): Promise<T> {
  inFlight++;
  try {
    return await read();
  } finally {
    inFlight--;
    if (inFlight === 0) {
      const done = waiting;
      waiting = [];
      for (const resume of done) resume();
    }
  }
}

/** Settles once no urgent read is in flight; undefined when none is. */
export function urgentReadsDone(): Promise<void> | undefined {
  if (inFlight === 0) return undefined;
  return new Promise((resolve) => waiting.push(resolve));
}
