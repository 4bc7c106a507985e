import { describe, expect, it } from 'vitest';
import { callerOf } from './sender';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const DOCS = 'https://docs.djangoproject.com/en/5.2/topics/db/queries/';
const PANEL = `chrome-extension://${ID}/docs-panel.html#panel=s&theme=dark`;

describe('callerOf', () => {
  it('takes a content script’s page from the frame the browser reports', () => {
    expect(callerOf({ id: ID, url: DOCS, frameId: 0, tab: { id: 4, url: DOCS } }, ID)).toEqual({
      kind: 'docs',
      tabId: 4,
      pageUrl: DOCS,
    });
  });

  it('serves content scripts on docs pages only, in the top frame, over https', () => {
    const bank = 'https://bank.example/account';
    expect(callerOf({ id: ID, url: bank, frameId: 0, tab: { id: 4, url: bank } }, ID).kind).toBe(
      'unknown',
    );
    expect(callerOf({ id: ID, url: DOCS, frameId: 3, tab: { id: 4, url: bank } }, ID).kind).toBe(
      'unknown',
    );
    const plain = DOCS.replace('https:', 'http:');
    expect(callerOf({ id: ID, url: plain, frameId: 0, tab: { id: 4 } }, ID).kind).toBe('unknown');
    expect(callerOf({ id: ID, url: DOCS, frameId: 0 }, ID).kind).toBe('unknown');
  });

  it('puts the panel on the page of the docs tab that frames it', () => {
    expect(callerOf({ id: ID, url: PANEL, frameId: 7, tab: { id: 4, url: DOCS } }, ID)).toEqual({
      kind: 'panel',
      tabId: 4,
      frameId: 7,
      pageUrl: DOCS,
    });
  });

  it('refuses the panel opened on its own or framed in another site', () => {
    expect(callerOf({ id: ID, url: PANEL, frameId: 0, tab: { id: 4, url: PANEL } }, ID).kind).toBe(
      'unknown',
    );
    const other = { id: 4, url: 'https://evil.example/' };
    expect(callerOf({ id: ID, url: PANEL, frameId: 2, tab: other }, ID).kind).toBe('unknown');
  });

  it('knows the extension’s own pages and nobody else', () => {
    const library = `chrome-extension://${ID}/library.html#/review`;
    expect(callerOf({ id: ID, url: library, frameId: 0, tab: { id: 9 } }, ID).kind).toBe(
      'extension',
    );
    expect(callerOf({ id: ID, url: `chrome-extension://${ID}/popup.html` }, ID).kind).toBe(
      'extension',
    );
    expect(callerOf({ id: 'other', url: DOCS, frameId: 0, tab: { id: 4 } }, ID).kind).toBe(
      'unknown',
    );
    expect(callerOf({ id: ID, url: 'not a url' }, ID).kind).toBe('unknown');
  });
});
