import { describe, expect, it, vi } from 'vitest';
import { SearchClient, type SearchPort } from './search-client';
import type { SearchHit } from './types';
import type { SearchReply, SearchRequest } from './worker-protocol';

const FILES = { index: '/docs-index.json', snapshot: '/docs-index.bin' };

const hit = (id: string): SearchHit => ({
  doc: { id, kind: 'docs', title: id, context: 'Django', keywords: [], text: '', code: '' },
  score: 1,
  matched: [],
});

/** A worker stand-in: holds what it was asked until told to answer. */
function fakeWorker() {
  const asked: SearchRequest[] = [];
  const port: SearchPort = { postMessage: (request) => asked.push(request), onmessage: null };
  const reply = (data: SearchReply) => port.onmessage?.({ data } as MessageEvent<SearchReply>);
  const answer = (
    request: SearchRequest | undefined,
    own = [hit(`own ${request && 'query' in request ? request.query : ''}`)],
  ) => {
    if (request?.type !== 'search') throw new Error('Not a search.');
    reply({
      type: 'answer',
      id: request.id,
      query: request.query,
      own,
      docs: [hit(request.query)],
    });
  };
  const searches = () => asked.filter((r) => r.type === 'search');
  return { port, asked, reply, answer, searches };
}

const client = (port: SearchPort, requestRefresh = () => undefined, docs = true) =>
  new SearchClient(port, { docs: docs ? FILES : undefined, limit: 30, requestRefresh });

describe('SearchClient', () => {
  it('starts the worker on the user’s index, and the docs index when asked to', () => {
    const withDocs = fakeWorker();
    expect(client(withDocs.port).docsStatus).toBe('loading');
    expect(withDocs.asked).toEqual([{ type: 'load-docs', files: FILES }, { type: 'start-user' }]);
    const without = fakeWorker();
    expect(client(without.port, undefined, false).docsStatus).toBe('off');
    expect(without.asked).toEqual([{ type: 'start-user' }]);
  });

  it('keeps the newest query’s answer, and takes it again when the worker updates it', () => {
    const worker = fakeWorker();
    const search = client(worker.port);
    search.ask('sel');
    search.ask('select');
    const [first, second] = worker.searches();
    // The answer to a query typed over is dropped, even when it comes in last.
    worker.answer(second);
    worker.answer(first);
    expect(search.answer?.query).toBe('select');
    expect(search.answer?.docs.map((h) => h.doc.id)).toEqual(['select']);
    // The user's index loaded: the newest query is answered again.
    worker.answer(second, [hit('note:a')]);
    expect(search.answer?.own.map((h) => h.doc.id)).toEqual(['note:a']);
  });

  it('tells its listeners of each change of an answer or a status', () => {
    const worker = fakeWorker();
    const search = client(worker.port);
    const listener = vi.fn();
    search.subscribe(listener);
    worker.reply({ type: 'docs', status: 'ready' });
    worker.reply({ type: 'user', status: 'ready' });
    search.ask('form');
    worker.answer(worker.searches().at(-1));
    expect(listener).toHaveBeenCalledTimes(3);
    expect(search.userStatus).toBe('ready');
    expect(search.docsStatus).toBe('ready');
  });

  it('answers a query asked now, whatever is typed meanwhile', async () => {
    const worker = fakeWorker();
    const search = client(worker.port);
    const now = search.searchNow('get_object');
    search.ask('get_object_or_404');
    for (const request of worker.searches()) worker.answer(request);
    expect((await now).docs.map((h) => h.doc.id)).toEqual(['get_object']);
    expect(search.answer?.query).toBe('get_object_or_404');
  });

  it('says when the docs index cannot be read, and passes on requests to rebuild', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const refresh = vi.fn();
    const worker = fakeWorker();
    const search = client(worker.port, refresh);
    worker.reply({
      type: 'docs',
      status: 'failed',
      message: 'The docs index could not be read (404).',
    });
    expect(search.docsStatus).toBe('failed');
    expect(warn).toHaveBeenCalledWith('The docs index could not be read (404).');
    worker.reply({ type: 'refresh' });
    expect(refresh).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('answers with nothing from a worker that failed to start, rather than never', async () => {
    const worker = fakeWorker();
    const search = client(worker.port);
    const pending = search.searchNow('select_related');
    search.workerFailed();
    await expect(pending).resolves.toMatchObject({ own: [], docs: [] });
    await expect(search.searchNow('form')).resolves.toMatchObject({ own: [], docs: [] });
  });

  it('puts the worker’s load steps on the page’s timeline, once each', () => {
    const worker = fakeWorker();
    client(worker.port);
    const at = performance.timeOrigin + performance.now();
    worker.reply({ type: 'marks', marks: [{ name: 'devrecall:test:ready', at }] });
    worker.reply({ type: 'marks', marks: [{ name: 'devrecall:test:ready', at: at + 50 }] });
    const marks = performance.getEntriesByName('devrecall:test:ready');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.startTime).toBeCloseTo(at - performance.timeOrigin, 0);
  });
});
