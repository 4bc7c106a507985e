import { useState } from 'react';

export interface ShownConflict {
  field: string;
  label: string;
  /** This tab's value and the stored one, as text. */
  mine: string;
  theirs: string;
}

export type Choices = Record<string, 'mine' | 'theirs'>;

interface Props {
  conflicts: ShownConflict[];
  onSave: (choices: Choices) => void;
}

/** Both versions of every field two tabs changed; saving waits until each has a choice. */
export function ConflictChooser({ conflicts, onSave }: Props) {
  const [choices, setChoices] = useState<Choices>({});
  const complete = conflicts.every((c) => choices[c.field]);
  return (
    <section className="conflicts" aria-label="Changed in another tab">
      <p role="alert">
        This was changed in another tab while you edited it. Choose which version to keep for each
        field both of you changed; your other changes are merged.
      </p>
      {conflicts.map((c) => (
        <fieldset key={c.field}>
          <legend>{c.label}</legend>
          {(['mine', 'theirs'] as const).map((side) => (
            <label key={side} className="conflict-side">
              <span>
                <input
                  type="radio"
                  name={`conflict-${c.field}`}
                  checked={choices[c.field] === side}
                  onChange={() => setChoices((all) => ({ ...all, [c.field]: side }))}
                />{' '}
                {side === 'mine' ? 'Keep this tab’s version' : 'Keep the other tab’s version'}
              </span>
              <pre className="conflict-value">
                {(side === 'mine' ? c.mine : c.theirs) || '(empty)'}
              </pre>
            </label>
          ))}
        </fieldset>
      ))}
      <button
        type="button"
        className="primary"
        disabled={!complete}
        onClick={() => onSave(choices)}
      >
        Save with these choices
      </button>
    </section>
  );
}

/** A field's value as the chooser shows it. */
export const shownValue = (value: unknown): string =>
  Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value);
