import { useEffect, useState } from 'react';
import {
  backupFiles,
  exportBackup,
  importBackupFile,
  resetToFreshInstall,
  restoreSnapshot,
  type ImportReport,
} from '../../../data/backup/backup';
import { MAX_BACKUP_BYTES, type Backup } from '../../../data/backup/backup-schema';
import { userMessage } from '../../../data/records/errors';
import { notesAsMarkdownZip } from '../../../data/backup/markdown-export';
import { formatBytes, storageUse, type StorageUse } from '../../../data/records/storage';
import { download } from '../download';
import { useToast } from '../toast-store';
import { useDocumentTitle } from '../title';

const today = () => new Date().toISOString().slice(0, 10);

/** Downloads a backup as one file, or as numbered files when it is larger than import takes. */
function downloadBackup(name: string, backup: Backup) {
  const files = backupFiles(backup);
  files.forEach((file, i) => {
    const part = files.length > 1 ? `-${i + 1}-of-${files.length}` : '';
    download(`${name}-${today()}${part}.json`, file, 'application/json');
  });
}

const TABLE_LABELS: Record<keyof ImportReport, string> = {
  savedStacks: 'saved stacks',
  notes: 'notes',
  snippets: 'snippets',
  cards: 'practice cards',
  reviews: 'reviews',
  settings: 'settings',
  progress: 'section progress',
  stacks: 'stacks',
};

export function BackupPage() {
  useDocumentTitle('Backup & data');
  const show = useToast((s) => s.show);
  const [importState, setImportState] = useState<
    | { kind: 'idle' }
    | { kind: 'busy'; records: number }
    | { kind: 'error'; message: string }
    | { kind: 'done'; report: ImportReport }
  >({ kind: 'idle' });
  const [confirmingClear, setConfirmingClear] = useState(false);
  // What Delete all removed, when Undo could not write it back: held here until it is saved.
  const [unrestored, setUnrestored] = useState<{ snapshot: Backup; reason: string }>();

  useEffect(() => {
    if (!unrestored) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    addEventListener('beforeunload', warn);
    return () => removeEventListener('beforeunload', warn);
  }, [unrestored]);
  const [usage, setUsage] = useState<StorageUse>();

  useEffect(() => {
    void storageUse().then(setUsage);
  }, [importState]);

  const exportJson = async () => downloadBackup('devrecall-backup', await exportBackup());

  const exportMarkdown = async () => {
    const { data } = await exportBackup();
    download(
      `devrecall-notes-${today()}.zip`,
      new Uint8Array(notesAsMarkdownZip(data.notes)),
      'application/zip',
    );
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setImportState({ kind: 'busy', records: 0 });
    try {
      const result = await importBackupFile(file, {
        onProgress: (records) => setImportState({ kind: 'busy', records }),
      });
      setImportState(
        result.ok
          ? { kind: 'done', report: result.value }
          : { kind: 'error', message: result.error },
      );
    } catch (e) {
      setImportState({
        kind: 'error',
        message: `Nothing was imported: ${userMessage(e)}`,
      });
    }
  };

  const clearAll = async () => {
    const snapshot = await exportBackup();
    setConfirmingClear(false);
    try {
      await resetToFreshInstall();
    } catch (error) {
      show(`Nothing was deleted. ${userMessage(error)}`);
      return;
    }
    show('All your data was deleted.', async () => {
      try {
        await restoreSnapshot(snapshot);
      } catch (error) {
        setUnrestored({ snapshot, reason: userMessage(error) });
      }
    });
  };

  const downloadUnrestored = () => {
    if (unrestored) downloadBackup('devrecall-deleted', unrestored.snapshot);
  };

  return (
    <>
      <h1>Backup &amp; data</h1>
      <section aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <p>
          A backup holds everything you saved: stacks, notes, snippets, practice cards and history,
          reading progress, settings. Keep it somewhere safe; import it here on any browser.
        </p>
        <div className="actions">
          <button type="button" className="primary" onClick={exportJson}>
            Export backup (JSON)
          </button>
          <button type="button" onClick={exportMarkdown}>
            Export notes as Markdown (zip)
          </button>
        </div>
      </section>

      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <p>
          Importing merges by id: records in the file replace the ones with the same id, everything
          else is kept. A file that is not a valid backup changes nothing. Files up to{' '}
          {MAX_BACKUP_BYTES / 1024 / 1024} MB can be imported; a larger library exports as several
          files, imported one after another.
        </p>
        <label className="file-input">
          Choose a backup file…
          <input
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              void importFile(e.target.files?.[0]);
              e.target.value = '';
            }}
          />
        </label>
        {importState.kind === 'busy' && (
          <p role="status">
            Importing…{' '}
            {importState.records > 0 &&
              `${importState.records.toLocaleString('en')} records checked`}
          </p>
        )}
        {importState.kind === 'error' && (
          <p role="alert" className="error">
            {importState.message}
          </p>
        )}
        {importState.kind === 'done' && (
          <div role="status" className="import-report">
            <p>Import complete.</p>
            <ul>
              {(Object.keys(TABLE_LABELS) as (keyof ImportReport)[]).map((table) => (
                <li key={table}>
                  {TABLE_LABELS[table]}: {importState.report[table].added} added,{' '}
                  {importState.report[table].updated} updated
                  {importState.report[table].unchanged > 0 &&
                    `, ${importState.report[table].unchanged} already here`}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">Storage</h2>
        {usage ? (
          <p>
            Using {formatBytes(usage.usage)} of {formatBytes(usage.quota)} available.{' '}
            {usage.persisted
              ? 'Storage is persistent: the browser will not clear it to free space.'
              : 'Storage is not yet persistent: the browser may clear it under pressure; export backups.'}
          </p>
        ) : (
          <p>Storage use is not available in this browser.</p>
        )}
      </section>

      <section aria-labelledby="danger-heading" className="danger-zone">
        <h2 id="danger-heading">Delete all data</h2>
        {unrestored && (
          <div role="alert" className="error">
            <p>
              Undo could not put your data back. {unrestored.reason} What was deleted is still held
              on this page: download it, then import the file once there is room.
            </p>
            <div className="actions">
              <button type="button" className="primary" onClick={downloadUnrestored}>
                Download the deleted data
              </button>
            </div>
          </div>
        )}
        {confirmingClear ? (
          <div className="actions" role="group" aria-label="Confirm deleting all data">
            <span>
              Delete every note, snippet, saved stack, review and setting? DevRecall starts over as
              when it was installed.
            </span>
            <button type="button" className="danger" onClick={clearAll} autoFocus>
              Yes, delete everything
            </button>
            <button type="button" onClick={() => setConfirmingClear(false)}>
              Keep my data
            </button>
          </div>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirmingClear(true)}>
            Delete all data…
          </button>
        )}
      </section>
    </>
  );
}
