import { parseSearchId, snippetSearchId } from '../data/records/ids';
import { useCatalog, useNote, useSnippet } from '../data/records/live';
import { NoteDetail } from './NoteDetail';
import { PractiseButton } from './PractiseButton';
import { SectionDetail } from './SectionDetail';
import { SnippetDetail } from './SnippetDetail';
import { useLastSeen } from './useLastSeen';
import { routes } from './links';

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
  const section = catalog.findSection(item.id);
  if (!section) return catalog.complete ? <Gone /> : null;
  return <SectionDetail section={section} link={link} />;
}

function NoteById({ id, link }: { id: string; link: Props['link'] }) {
  const note = useNote(id);
  if (note === undefined) return null;
  if (note === null) return <Gone />;
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
  const snippet = useLastSeen(live);
  if (live === undefined) return null;
  if (!snippet) return <Gone />;
  return (
    <SnippetDetail
      snippet={snippet}
      deleted={live === null}
      gone={<Gone />}
      actions={<PractiseButton id={snippetSearchId(id)} />}
    />
  );
}

function Gone() {
  return <p className="empty">This item was deleted.</p>;
}

export default ItemDetail;
