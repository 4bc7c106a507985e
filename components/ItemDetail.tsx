import { parseSearchId, snippetSearchId } from '../data/records/ids';
import { useCatalog, useNote, useSnippet } from '../data/records/live';
import { NoteDetail } from './NoteDetail';
import { PractiseButton } from './PractiseButton';
import { SectionDetail } from './SectionDetail';
import { SnippetDetail } from './SnippetDetail';
import { goneText } from './gone';
import { useLastSeen } from './useLastSeen';
import { routes } from './links';
import type { Section } from '../data/stacks/content';

interface Props {
  /** A search id: a section id, `note:<id>` or `snippet:<id>`. */
  id: string;
  link: (route: string) => string;
}

/** Whatever a search result points at, shown in full. */
export function ItemDetail({ id, link }: Props) {
  const item = parseSearchId(id);
  const catalog = useCatalog();
  if (item.kind === 'note') return <NoteById id={item.id} link={link} />;
  if (item.kind === 'snippet') return <SnippetById id={item.id} />;
  const found = catalog.findSection(item.id);
  return <SectionById id={item.id} found={found} complete={catalog.complete} link={link} />;
}

function SectionById({
  id,
  found,
  complete,
  link,
}: {
  id: string;
  found: Section | undefined;
  complete: boolean;
  link: Props['link'];
}) {
  const shown = useLastSeen(found, id);
  if (!found) return complete ? <Gone kind="section" deleted={Boolean(shown)} /> : null;
  return <SectionDetail section={found} link={link} />;
}

function NoteById({ id, link }: { id: string; link: Props['link'] }) {
  const note = useNote(id);
  const shown = useLastSeen(note, id);
  if (note === undefined) return null;
  if (note === null) return <Gone kind="note" deleted={Boolean(shown)} />;
  return (
    <NoteDetail
      note={note}
      link={link}
      actions={
        <a className="button-link" href={link(routes.editNote(id))}>
          Edit
        </a>
      }
    />
  );
}

function SnippetById({ id }: { id: string }) {
  const live = useSnippet(id);
  const snippet = useLastSeen(live, id);
  if (live === undefined) return null;
  if (!snippet) return <Gone kind="snippet" />;
  return (
    <SnippetDetail
      snippet={snippet}
      deleted={live === null}
      gone={<Gone kind="snippet" deleted />}
      actions={<PractiseButton id={snippetSearchId(id)} />}
    />
  );
}

function Gone({ kind, deleted }: { kind: 'section' | 'note' | 'snippet'; deleted?: boolean }) {
  return <p className="empty">{goneText(kind, deleted)}</p>;
}

export default ItemDetail;
