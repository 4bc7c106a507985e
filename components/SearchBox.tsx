import type { KeyboardEventHandler, Ref } from 'react';

interface Props {
  value: string;
  onChange: (value: string) => void;
  onKeyDown: KeyboardEventHandler<HTMLInputElement>;
  activeDescendant?: string;
  placeholder?: string;
  autoFocus?: boolean;
  ref?: Ref<HTMLInputElement>;
}

export function SearchBox({
  value,
  onChange,
  onKeyDown,
  activeDescendant,
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
        aria-expanded="true"
        aria-activedescendant={activeDescendant}
        autoFocus={autoFocus}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
