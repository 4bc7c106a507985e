import { useEffect } from 'react';
import { useToast } from './toast-store';

const VISIBLE_MS = 8000;

export function ToastHost() {
  const { toast, dismiss } = useToast();

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(dismiss, VISIBLE_MS);
    const onKey = (e: KeyboardEvent) => {
      const typing = (e.target as Element | null)?.closest?.('input, textarea');
      if (toast.undo && !toast.label && !typing && e.key === 'z' && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        dismiss();
        void toast.undo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [toast, dismiss]);

  if (!toast) return null;
  return (
    <div className="toast" role="status" key={toast.id}>
      <span>{toast.message}</span>
      {toast.undo && (
        <button
          type="button"
          onClick={() => {
            // Dismissed first, so a toast the undo itself shows (why it failed) stays.
            dismiss();
            void toast.undo?.();
          }}
        >
          {toast.label ?? 'Undo'}
        </button>
      )}
      <button type="button" className="toast-close" aria-label="Dismiss" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}
