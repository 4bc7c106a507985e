import type { KeyboardEventHandler, Ref } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onKeyDown: KeyboardEventHandler<HTMLInputElement>;
  activeDescendant?: string;
  /** Whether the list the box controls is shown. */
  expanded: boolean;
  /** Read out politely after each search, e.g. "12 results". */
  status?: string;
  placeholder?: string;
  autoFocus?: boolean;
  ref?: Ref<HTMLInputElement>;
}

export function SearchBox({
  value,
  onChange,
  onKeyDown,
  activeDescendant,
  expanded,
  status,
  placeholder = 'Search notes, snippets, code…',
  autoFocus = true,
  ref,
}: Props) {
  return (
    <div className="search-box">
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-label="Search DevRecall"
        aria-controls="results"
        aria-expanded={expanded}
        aria-activedescendant={activeDescendant}
        autoFocus={autoFocus}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="sr-only result-count" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
