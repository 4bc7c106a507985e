import { goneText } from '../../../components/gone';
import { hashHref, routes } from '../../../components/links';
import { useDocumentTitle } from '../title';

/** A page for an address that names nothing (or no longer does): its own heading and tab title. */
export function NotFound({ title, children }: { title: string; children: React.ReactNode }) {
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p className="empty-inline">{children}</p>
    </>
  );
}

/** The page of a note or snippet that is not there, deleted (if this page showed it) or never was. */
export function RecordGone({ kind, deleted }: { kind: 'note' | 'snippet'; deleted: boolean }) {
  const name = kind === 'note' ? 'Note' : 'Snippet';
  return (
    <NotFound title={deleted ? `${name} deleted` : `No such ${kind}`}>
      {goneText(kind, deleted)} <a href={hashHref(routes.mine)}>Back to My DevRecall</a>
    </NotFound>
  );
}
