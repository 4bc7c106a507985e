import { hashHref, routes } from '../../../components/links';
import { useState } from 'react';
import { LearnedButton } from '../../../components/LearnedButton';
import { ReviewChart } from '../../../components/ReviewChart';
import { parseSearchId } from '../../../data/records/ids';
import {
  useCards,
  useCatalog,
  useDueCards,
  useProgress,
  useReviews,
} from '../../../data/records/live';
import { reviewsPerDay } from '../../../data/practice/review';
import { useDocumentTitle } from '../title';

export function ProgressPage() {
  useDocumentTitle('Progress');
  const cards = useCards();
  const due = useDueCards();
  const progress = useProgress();
  const reviews = useReviews();
  const { stacks } = useCatalog();
  const [now] = useState(() => Date.now());
  if (!cards || !due || !progress || !reviews) return null;

  const cardIds = new Set(cards.map((c) => c.id));
  const dueIds = new Set(due.map((c) => c.id));
  const progressById = new Map(progress.map((p) => [p.sectionId, p]));
  const ownCards = cards.filter((c) => parseSearchId(c.id).kind !== 'section');

  return (
    <>
      <h1>Progress</h1>
      <section aria-labelledby="activity-heading">
        <h2 id="activity-heading">Reviews, last 30 days</h2>
        <ReviewChart days={reviewsPerDay(reviews, now)} />
      </section>

      {stacks.map((stack) => {
        const sections = stack.notes.flatMap((n) => n.sections);
        const count = (test: (id: string) => boolean) => sections.filter((s) => test(s.id)).length;
        const stats = [
          ['Sections', sections.length],
          ['Read', count((id) => Boolean(progressById.get(id)?.readAt))],
          ['Practised', count((id) => cardIds.has(id))],
          ['Due', count((id) => dueIds.has(id))],
          ['Learned', count((id) => Boolean(progressById.get(id)?.learnedAt))],
        ] as const;
        return (
          <section key={stack.id} aria-labelledby={`progress-${stack.id}`} className="note-card">
            <h2 id={`progress-${stack.id}`}>{stack.title}</h2>
            <dl className="stats" aria-label={`${stack.title} progress`}>
              {stats.map(([label, value]) => (
                <div key={label}>
                  <dt>{label}</dt>
                  <dd data-stat={label.toLowerCase()}>{value}</dd>
                </div>
              ))}
            </dl>
            <table className="progress-table">
              <tbody>
                {sections.map((section) => {
                  const p = progressById.get(section.id);
                  return (
                    <tr key={section.id} data-id={section.id}>
                      <td>
                        <a href={hashHref(routes.section(section.id))}>{section.title}</a>
                      </td>
                      <td className="muted">
                        {[
                          p?.readAt ? 'read' : 'unread',
                          cardIds.has(section.id)
                            ? dueIds.has(section.id)
                              ? 'due'
                              : 'practising'
                            : '',
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </td>
                      <td>
                        <LearnedButton sectionId={section.id} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
        );
      })}

      <section aria-labelledby="own-heading">
        <h2 id="own-heading">Your notes and snippets in practice</h2>
        <p>
          {ownCards.length === 0
            ? 'None yet: use “Practise this” on a note or snippet.'
            : `${ownCards.length} practised, ${ownCards.filter((c) => dueIds.has(c.id)).length} due.`}
        </p>
      </section>
    </>
  );
}
