import { hashHref, routes } from '../../../components/links';
import { useEffect, useState } from 'react';
import { CodeBlock } from '../../../components/CodeBlock';
import { formatInterval } from '../../../components/format';
import { MarkdownView } from '../../../components/MarkdownView';
import { SectionBlocks } from '../../../components/SectionBlocks';
import { ask } from '../../../data/messaging/ask';
import { useDueCards, usePracticeItem } from '../../../data/records/live';
import type { StoredCard } from '../../../data/records/model';
import { recordReview, unpractise } from '../../../data/practice/practice';
import type { PracticeItem } from '../../../data/practice/practice-items';
import { gradeCard, type ReviewGrade } from '../../../data/practice/review';
import { snippetTitle } from '../../../data/search/user-docs';
import { useDocumentTitle } from '../title';

const GRADES: [ReviewGrade, string][] = [
  [1, 'Again'],
  [2, 'Hard'],
  [3, 'Good'],
  [4, 'Easy'],
];

export function ReviewPage() {
  useDocumentTitle('Review');
  const due = useDueCards();
  const [reviewed, setReviewed] = useState(0);
  const card = due?.[0];

  if (due === undefined) return null;
  return (
    <>
      <div className="page-head">
        <h1>Review</h1>
        <p className="muted" role="status" aria-label="Due count">
          {due.length} due{reviewed ? ` · ${reviewed} reviewed this session` : ''}
        </p>
      </div>
      {card ? (
        <ReviewCard key={card.id} card={card} onGraded={() => setReviewed((n) => n + 1)} />
      ) : (
        <div className="empty">
          <p>
            <strong>All caught up.</strong> Nothing is due right now.
          </p>
          <p>
            Add sections, notes or snippets to practice with “Practise this”, or see your{' '}
            <a href={hashHref(routes.progress)}>progress</a>.
          </p>
        </div>
      )}
    </>
  );
}

function ReviewCard({ card, onGraded }: { card: StoredCard; onGraded: () => void }) {
  const item = usePracticeItem(card.id);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [shownAt] = useState(() => Date.now());

  const grade = async (value: ReviewGrade) => {
    if (busy) return;
    setBusy(true);
    try {
      await recordReview(card.id, value);
      void ask({ type: 'badge:refresh' });
      onGraded();
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.target as Element | null)?.closest?.('input, textarea, select')) return;
      if (!revealed && (e.key === ' ' || e.key === 'Enter')) {
        e.preventDefault();
        setRevealed(true);
      } else if (revealed && ['1', '2', '3', '4'].includes(e.key)) {
        e.preventDefault();
        void grade(Number(e.key) as ReviewGrade);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  if (item === undefined) return null;
  if (item === null) {
    return (
      <div className="review-card">
        <p>This card’s note or snippet was deleted.</p>
        <button type="button" onClick={() => void unpractise(card.id)}>
          Stop practising it
        </button>
      </div>
    );
  }

  return (
    <article className="review-card" aria-label="Card">
      <Prompt item={item} />
      {revealed ? (
        <>
          <div className="answer">
            <Answer item={item} />
          </div>
          <div className="grades" role="group" aria-label="How well did you recall it?">
            {GRADES.map(([value, label]) => (
              <button
                key={value}
                type="button"
                className={`grade grade-${value}`}
                disabled={busy}
                onClick={() => void grade(value)}
              >
                <kbd>{value}</kbd> {label}
                <span className="interval">
                  {formatInterval(gradeCard(card, value, shownAt).card.due - shownAt)}
                </span>
              </button>
            ))}
          </div>
        </>
      ) : (
        <button
          type="button"
          className="primary reveal"
          onClick={() => setRevealed(true)}
          autoFocus
        >
          Show answer <kbd>Space</kbd>
        </button>
      )}
    </article>
  );
}

function Prompt({ item }: { item: PracticeItem }) {
  switch (item.kind) {
    case 'section':
      return (
        <header>
          <p className="section-context">{item.context}</p>
          <h2>
            {item.section.question
              ? item.section.title
              : (item.section.prompt ?? `What do you remember about “${item.section.title}”?`)}
          </h2>
        </header>
      );
    case 'note':
      return (
        <header>
          <p className="section-context">My note</p>
          <h2>{item.note.title}</h2>
        </header>
      );
    case 'snippet':
      return (
        <header>
          <p className="section-context">Snippet from {item.snippet.pageTitle}</p>
          <h2>{snippetTitle(item.snippet)}</h2>
        </header>
      );
  }
}

function Answer({ item }: { item: PracticeItem }) {
  switch (item.kind) {
    case 'section':
      return <SectionBlocks blocks={item.section.blocks} markdown={item.source !== 'bundled'} />;
    case 'note':
      return <MarkdownView source={item.note.body} />;
    case 'snippet':
      return <CodeBlock code={item.snippet.text} lang={item.snippet.language} />;
  }
}
