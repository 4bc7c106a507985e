import { useEffect, useState } from 'react';
import { ShortcutsTable } from '../../components/ShortcutsTable';
import { useTheme } from '../../components/useTheme';
import { PINNED_DJANGO_VERSION } from '../../data/docs-index/docs';
import { userMessage } from '../../data/records/errors';
import { useSettings } from '../../data/records/live';
import { setSetting, type Settings, type Theme } from '../../data/records/settings';
import { formatBytes, storageUse, type StorageUse } from '../../data/records/storage';

const DOCS_VERSIONS: [string, string][] = [
  [PINNED_DJANGO_VERSION, `${PINNED_DJANGO_VERSION} (the bundled index, LTS)`],
  ['stable', 'stable (the latest release)'],
  ['dev', 'dev (the development version)'],
  ['6.0', '6.0'],
  ['5.1', '5.1'],
  ['4.2', '4.2 (LTS)'],
];

const THEMES: [Theme, string][] = [
  ['system', 'Follow the system'],
  ['light', 'Light'],
  ['dark', 'Dark'],
];

export function App() {
  useTheme();
  const stored = useSettings();
  // What the user just chose shows at once; the stored value catches up a moment later.
  const [chosen, setChosen] = useState<Partial<Settings>>({});
  const settings = stored && { ...stored, ...chosen };
  const [saveError, setSaveError] = useState<string>();
  const choose = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setChosen((current) => ({ ...current, [key]: value }));
    setSaveError(undefined);
    setSetting(key, value).catch((error: unknown) => {
      // Show the stored value again, so the page never claims a choice that was not kept.
      setChosen(({ [key]: _, ...rest }) => rest as Partial<Settings>);
      setSaveError(`That setting was not saved. ${userMessage(error)}`);
    });
  };
  const [usage, setUsage] = useState<StorageUse>();

  useEffect(() => {
    void storageUse().then(setUsage);
  }, []);

  if (!settings) return null;
  return (
    <main className="options">
      <h1>DevRecall settings</h1>
      {saveError && (
        <p role="alert" className="error">
          {saveError}
        </p>
      )}

      <section aria-labelledby="appearance">
        <h2 id="appearance">Appearance</h2>
        <fieldset className="choices">
          <legend>Theme</legend>
          {THEMES.map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="theme"
                value={value}
                checked={settings.theme === value}
                onChange={() => choose('theme', value)}
              />
              {label}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="sidebar">
        <h2 id="sidebar">Django docs sidebar</h2>
        <label className="toggle">
          <input
            type="checkbox"
            checked={settings.sidebarEnabled}
            onChange={(e) => choose('sidebarEnabled', e.target.checked)}
          />
          Show related notes on docs.djangoproject.com
        </label>
        <p className="notice" role="status">
          {!settings.sidebarEnabled &&
            'The sidebar is switched off: docs pages show no launcher and the sidebar shortcut does nothing there. Tick the box above to turn it back on. Save buttons on code blocks stay.'}
        </p>
        <p className="muted">
          A small launcher at the right edge of each docs page shows how many of your notes relate
          to it; the panel opens on click or with the shortcut below, and remembers whether you left
          it open.
        </p>
      </section>

      <section aria-labelledby="docs-links">
        <h2 id="docs-links">Django docs links</h2>
        <label className="field">
          Docs version
          <select
            value={settings.docsVersion}
            onChange={(e) => choose('docsVersion', e.target.value)}
          >
            {DOCS_VERSIONS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">
          Docs results in search open at this version of docs.djangoproject.com, at the same anchor.
          The bundled index is built from Django {PINNED_DJANGO_VERSION}; the Django REST framework
          guide has one version.
        </p>
      </section>

      <section aria-labelledby="shortcuts">
        <h2 id="shortcuts">Keyboard shortcuts</h2>
        <ShortcutsTable />
        <p className="muted">
          Change them in your browser&rsquo;s extension shortcut settings (Chrome:{' '}
          <code>chrome://extensions/shortcuts</code>; Firefox: Add-ons › ⚙ › Manage Extension
          Shortcuts). The context menu item “Save selection to DevRecall” works on any page.
        </p>
      </section>

      <section aria-labelledby="data">
        <h2 id="data">Your data</h2>
        <p>
          {usage
            ? `Stored in this browser: ${formatBytes(usage.usage)} used of ${formatBytes(usage.quota)}${usage.persisted ? ', kept persistently' : ''}.`
            : 'Storage use is not available in this browser.'}
        </p>
        <p>
          <a href="/library.html#/backup" target="_blank" rel="noreferrer">
            Export, import or delete your data in the library →
          </a>
        </p>
      </section>
    </main>
  );
}
