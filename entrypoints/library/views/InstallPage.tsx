import { useState } from 'react';
import { browser } from 'wxt/browser';
import { hashHref, routes } from '../../../components/links';
import { userMessage } from '../../../data/records/errors';
import { bundledPacks } from '../../../data/stacks/bundled';
import { checkPack, fileSizeRefusal, type StackPack } from '../../../data/stacks/pack';
import { sectionCount } from '../../../data/stacks/pack-format';
import { diffSummary, type PackDiff } from '../../../data/stacks/pack-diff';
import { installPack, planInstall, type InstallPlan } from '../../../data/stacks/store';
import { getStoredStack } from '../../../data/stacks/stored';
import { formatBytes } from '../../../data/records/storage';
import { useDocumentTitle } from '../title';

interface Preview {
  pack: StackPack;
  bytes: number;
  origin: string;
  plan: InstallPlan;
}

/** Reads a pack file or URL, shows what it holds and what would change, and installs on request. */
export function InstallPage() {
  useDocumentTitle('Install a stack');
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [preview, setPreview] = useState<Preview>();
  const [done, setDone] = useState<{ pack: StackPack; diff?: PackDiff }>();

  const check = async (text: string, origin: string) => {
    const result = checkPack(text, bundledPacks);
    if (!result.ok) throw new Error(result.reason);
    const plan = planInstall(result.pack, await getStoredStack(result.pack.id));
    setPreview({ pack: result.pack, bytes: result.bytes, origin, plan });
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(undefined);
    setPreview(undefined);
    setDone(undefined);
    try {
      await work();
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const fromFile = (file: File) =>
    run(async () => {
      const tooLarge = fileSizeRefusal(file.size);
      if (tooLarge) throw new Error(tooLarge);
      await check(await file.text(), file.name);
    });

  const fromUrl = () =>
    run(async () => {
      let address: URL;
      try {
        address = new URL(url.trim());
      } catch {
        throw new Error(
          'That is not a web address. Paste the address of a raw .devrecall-stack.json file.',
        );
      }
      if (address.protocol !== 'https:')
        throw new Error('Stacks are installed over https:// only.');
      const origins = [`${address.origin}/*`];
      // Asked now, for this one site: the extension has no access to other sites until then.
      const granted = await browser.permissions.request({ origins });
      if (!granted) {
        throw new Error(
          `DevRecall was not allowed to read ${address.host}, so nothing was downloaded.`,
        );
      }
      let response: Response;
      try {
        response = await fetch(address, { credentials: 'omit', redirect: 'error' });
      } catch {
        throw new Error(`${address.host} did not answer (offline, or the address redirects).`);
      }
      if (!response.ok)
        throw new Error(`${address.host} answered ${response.status}: no stack there.`);
      const length = Number(response.headers.get('content-length') ?? 0);
      const tooLarge = fileSizeRefusal(length);
      if (tooLarge) throw new Error(tooLarge);
      await check(await response.text(), address.href);
    });

  const install = (p: Preview) =>
    run(async () => {
      const result = await installPack(p.pack, p.origin);
      setDone({ pack: p.pack, diff: result.diff });
    });

  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <a href={hashHref(routes.mine)}>My DevRecall</a> › <span>Install a stack</span>
      </nav>
      <h1>Install a stack</h1>
      <p className="muted">
        A stack pack is a <code>.devrecall-stack.json</code> file (at most 5 MB). Nothing is
        installed until you have seen what it holds.
      </p>
      <div className="install-sources">
        <label>
          From a file
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void fromFile(file);
            }}
          />
        </label>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void fromUrl();
          }}
        >
          <label>
            From a URL
            <input
              type="url"
              value={url}
              onChange={(e) => setUrl(e.target.value)}
              placeholder="https://example.com/htmx.devrecall-stack.json"
            />
          </label>
          <button type="submit" disabled={busy || !url.trim()}>
            Fetch
          </button>
        </form>
      </div>
      {busy && <p className="muted">Reading…</p>}
      {error && (
        <p role="alert" className="error">
          Not installed: {error}
        </p>
      )}
      {preview && <PreviewCard preview={preview} onInstall={() => void install(preview)} />}
      {done && (
        <section role="status" className="note-card" aria-label="Installed">
          <p>
            Installed <a href={hashHref(routes.stack(done.pack.id))}>{done.pack.title}</a>{' '}
            {done.pack.version}
            {done.diff && `: ${diffSummary(done.diff)}`}.
          </p>
          {done.diff && <DiffList diff={done.diff} />}
        </section>
      )}
    </>
  );
}

function PreviewCard({ preview, onInstall }: { preview: Preview; onInstall: () => void }) {
  const { pack, bytes, plan } = preview;
  const action = {
    new: 'Install',
    update: `Update from ${plan.kind !== 'new' && plan.kind !== 'refused' ? plan.installed.version : ''}`,
    reinstall: 'Install again',
    downgrade: 'Install this older version',
    refused: '',
  }[plan.kind];
  return (
    <section className="note-card pack-preview" aria-label="Stack preview">
      <h2>{pack.title}</h2>
      <dl className="meta-grid">
        <dt>Author</dt>
        <dd>{pack.author}</dd>
        <dt>Version</dt>
        <dd>{pack.version}</dd>
        <dt>Licence</dt>
        <dd>{pack.licence}</dd>
        <dt>Topic</dt>
        <dd>{pack.topic}</dd>
        <dt>Size</dt>
        <dd>
          {pack.notes.length} notes, {sectionCount(pack)} sections, {formatBytes(bytes)}
        </dd>
      </dl>
      <p>{pack.description}</p>
      <ol className="section-links" aria-label="Notes in the stack">
        {pack.notes.map((note) => (
          <li key={note.id}>
            {note.title} <span className="muted">({note.sections.length} sections)</span>
          </li>
        ))}
      </ol>
      {plan.kind === 'refused' ? (
        <p role="alert" className="error">
          Not installed: {plan.reason}
        </p>
      ) : (
        <>
          {plan.kind !== 'new' && (
            <>
              <p>
                Installed now: version {plan.installed.version}. This{' '}
                {plan.kind === 'update' ? 'update' : 'version'}: {diffSummary(plan.diff)}. Practice
                history, progress and your notes stay with every section whose id is kept.
              </p>
              <DiffList diff={plan.diff} />
            </>
          )}
          <button type="button" className="primary" onClick={onInstall}>
            {action}
          </button>
        </>
      )}
    </section>
  );
}

function DiffList({ diff }: { diff: PackDiff }) {
  const groups = [
    ['Added', diff.added],
    ['Changed', diff.changed],
    ['Removed', diff.removed],
  ] as const;
  return (
    <ul className="diff-list" aria-label="Changes">
      {groups.flatMap(([label, refs]) =>
        refs.map((ref) => (
          <li key={`${label}-${ref.id}`} data-change={label.toLowerCase()}>
            {label}: {ref.title}
          </li>
        )),
      )}
    </ul>
  );
}
