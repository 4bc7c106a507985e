import { userMessage } from '../../data/records/errors';
import type { Request, Response } from '../../data/messaging/messages';
import { refreshBadge } from './badge';
import { createNote } from '../../data/records/notes';
import { pageItemCount, pageItems } from '../../data/docs/page-items';
import { getSettings, setSetting } from '../../data/records/settings';

/** Answers the docs content script and panel, which cannot open the database themselves. */
export async function handleRequest<R extends Request>(request: R): Promise<Response<R>>;
export async function handleRequest(request: Request): Promise<Response<Request>> {
  switch (request.type) {
    case 'sidebar:init': {
      const settings = await getSettings();
      if (!settings.sidebarEnabled) return { enabled: false, open: false, count: 0 };
      return {
        enabled: true,
        open: settings.sidebarOpen,
        count: await pageItemCount(request.page),
      };
    }
    case 'sidebar:set-open':
      await setSetting('sidebarOpen', request.open);
      return undefined;
    case 'page:items':
      return pageItems(request.url);
    case 'badge:refresh':
      await refreshBadge();
      return undefined;
    case 'page:add-note':
      try {
        const note = await createNote({
          title: request.title,
          body: request.body,
          pageUrl: request.pageUrl,
        });
        return { ok: true, note };
      } catch (error) {
        return { ok: false, error: userMessage(error) };
      }
  }
}
