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
