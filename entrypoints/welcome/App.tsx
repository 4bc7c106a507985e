import { browser } from 'wxt/browser';
import { ShortcutsTable } from '../../components/ShortcutsTable';
import { useTheme } from '../../components/useTheme';

/** Opened once, when DevRecall is installed: what the badge means, the shortcuts, where data lives. */
export function App() {
  useTheme();
  const backup = browser.runtime.getURL('/library.html#/backup');

  return (
    <main className="options">
      <h1>Welcome to DevRecall</h1>
      <p>
        Curated Django notes, your own notes and the snippets you save, searchable from the toolbar
        as you type, and beside the Django docs as you read them.
      </p>

      <section aria-labelledby="badge">
        <h2 id="badge">The number on the toolbar icon</h2>
        <p>
          It counts the practice cards due for review. Practise from the popup (<em>Review</em>) or
          the library; the number goes down as you answer.
        </p>
      </section>

      <section aria-labelledby="shortcuts">
        <h2 id="shortcuts">Three shortcuts</h2>
        <ShortcutsTable />
        <p className="muted">
          Saving also works from the right-click menu on any selection. Shortcuts can be changed in
          your browser&rsquo;s extension shortcut settings.
        </p>
      </section>

      <section aria-labelledby="data">
        <h2 id="data">Where your data lives</h2>
        <p>
          Everything stays in this browser&rsquo;s storage (IndexedDB) and is never sent anywhere.
          To keep it safe or move it to another browser, export a backup from the library&rsquo;s{' '}
          <a href={backup}>Backup page</a> and import it there.
        </p>
      </section>
    </main>
  );
}
