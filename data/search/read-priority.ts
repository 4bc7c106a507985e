/**
 * Reads someone is waiting on (the term lists' answer to the query being typed) go ahead of the
 * stored index's bulk read at popup open: its next piece waits while such a read is in flight.
 * Kept on the page's global object: the popup's first script, a bundle of its own, reads urgently
 * too.
 */
interface Urgent {
  inFlight: number;
  waiting: (() => void)[];
}

const KEY = Symbol.for('devrecall.urgent-reads');

function urgent(): Urgent {
  const slot = globalThis as unknown as Record<symbol, Urgent | undefined>;
  const state = slot[KEY] ?? { inFlight: 0, waiting: [] };
  slot[KEY] = state;
  return state;
}

export async function urgentRead<T>(read: () => Promise<T>): Promise<T> {
  const state = urgent();
  state.inFlight++;
  try {
    return await read();
  } finally {
    state.inFlight--;
    if (state.inFlight === 0) {
      const done = state.waiting;
      state.waiting = [];
      for (const resume of done) resume();
    }
  }
}

/** Settles once no urgent read is in flight; undefined when none is. */
export function urgentReadsDone(): Promise<void> | undefined {
  const state = urgent();
  if (state.inFlight === 0) return undefined;
  return new Promise((resolve) => state.waiting.push(resolve));
}
