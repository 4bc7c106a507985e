import { describe, expect, it, vi } from 'vitest';
import type { SearchHit } from '../search/types';
import { DocsSearchClient, type DocsPort } from './docs-search-client';
import type { DocsReply, DocsRequest } from './worker-protocol';

const FILES = { index: '/docs-index.json', snapshot: '/docs-index.bin' };

const hit = (id: string): SearchHit => ({
  doc: { id, kind: 'docs', title: id, context: 'Django', keywords: [], text: '', code: '' },
  score: 1,
  matched: [],
});

/** A worker stand-in: holds what it was asked until told to answer. */
function fakeWorker() {
  const asked: DocsRequest[] = [];
  const port: DocsPort = { postMessage: (request) => asked.push(request), onmessage: null };
  const reply = (data: DocsReply) => port.onmessage?.({ data } as MessageEvent<DocsReply>);
  const answer = (request: DocsRequest) => {
    if (request.type !== 'search') throw new Error('Not a search.');
    reply({ type: 'hits', id: request.id, query: request.query, hits: [hit(request.query)] });
  };
  return { port, asked, reply, answer };
}

describe('DocsSearchClient', () => {
  it('asks nothing until the index is ready, then keeps the newest query’s answer', () => {
    const worker = fakeWorker();
    const client = new DocsSearchClient(worker.port, FILES, 30);
    expect(worker.asked).toEqual([{ type: 'load', files: FILES }]);
    client.ask('sel');
    expect(worker.asked).toHaveLength(1);

    worker.reply({ type: 'ready', marks: [] });
    expect(client.status).toBe('ready');
    client.ask('sel');
    client.ask('select');
    const [, first, second] = worker.asked as DocsRequest[];
    // The answer to a query typed over is dropped, even when it comes in last.
    worker.answer(second as DocsRequest);
    worker.answer(first as DocsRequest);
    expect(client.answer?.query).toBe('select');
    expect(client.answer?.hits.map((h) => h.doc.id)).toEqual(['select']);
  });

  it('tells its listeners of each change', () => {
    const worker = fakeWorker();
    const client = new DocsSearchClient(worker.port, FILES, 30);
    const listener = vi.fn();
    client.subscribe(listener);
    worker.reply({ type: 'ready', marks: [] });
    client.ask('form');
    worker.answer(worker.asked.at(-1) as DocsRequest);
    expect(listener).toHaveBeenCalledTimes(2);
    expect(client.version).toBe(2);
  });

  it('answers a query asked now, whatever is typed meanwhile', async () => {
    const worker = fakeWorker();
    const client = new DocsSearchClient(worker.port, FILES, 30);
    await expect(client.searchNow('early')).resolves.toEqual([]);
    worker.reply({ type: 'ready', marks: [] });
    const now = client.searchNow('get_object');
    client.ask('get_object_or_404');
    for (const request of worker.asked.slice(1)) worker.answer(request);
    expect((await now).map((h) => h.doc.id)).toEqual(['get_object']);
    expect(client.answer?.query).toBe('get_object_or_404');
  });

  it('adds nothing when the index cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const worker = fakeWorker();
    const client = new DocsSearchClient(worker.port, FILES, 30);
    worker.reply({ type: 'failed', message: 'The docs index could not be read (404).' });
    expect(client.status).toBe('failed');
    client.ask('model');
    expect(worker.asked).toHaveLength(1);
    await expect(client.searchNow('model')).resolves.toEqual([]);
    expect(warn).toHaveBeenCalledWith('The docs index could not be read (404).');
    warn.mockRestore();
  });

  it('puts the worker’s load steps on the page’s timeline', () => {
    const worker = fakeWorker();
    new DocsSearchClient(worker.port, FILES, 30);
    const at = performance.timeOrigin + performance.now();
    worker.reply({ type: 'ready', marks: [{ name: 'devrecall:test:ready', at }] });
    const [mark] = performance.getEntriesByName('devrecall:test:ready');
    expect(mark?.startTime).toBeCloseTo(at - performance.timeOrigin, 0);
  });
});
