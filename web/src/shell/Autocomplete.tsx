import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldHead } from './FieldHead';

/** Query keys of the answers of autocomplete fields, by the field's `queryKey`; a new record invalidates its field's. */
export const autocompleteKeys = {
  of: (name: string) => ['autocomplete', name] as const,
  answers: (name: string, text: string) => ['autocomplete', name, text] as const,
};

export interface AutocompleteProps<T> {
  label: string;
  /** Shown below the label, e.g. "Kiew, Kyiv or Київ". */
  hint?: string;
  /** Distinguishes the cache of this widget's answers from other widgets'. */
  queryKey: string;
  search: (text: string, signal: AbortSignal) => Promise<T[]>;
  idOf: (option: T) => string;
  /** The text put into the field when an option is chosen. */
  textOf: (option: T) => string;
  renderOption: (option: T) => ReactNode;
  onSelect: (option: T | null) => void;
  /** The chosen option's text when the widget is shown (e.g. on an edit form); a new one (the same record in another UI language) replaces it while the field is untouched. */
  initialText?: string;
  required?: boolean;
  /** An error to show under the field (from the server's problem document). */
  error?: string;
  minLength?: number;
  name?: string;
  /** Said when nothing matches, instead of the plain "no match" (e.g. why nothing may be found yet). */
  emptyText?: string;
}

/**
 * A text field with suggestions in the ARIA 1.2 combobox pattern: arrow keys move through the
 * suggestions, Enter chooses, Escape closes (then clears), the list is announced to screen
 * readers, and suggestions load while typing (debounced).
 */
export function Autocomplete<T>({
  label,
  hint,
  queryKey,
  search,
  idOf,
  textOf,
  renderOption,
  onSelect,
  initialText = '',
  required,
  error,
  minLength = 2,
  name,
  emptyText,
}: AutocompleteProps<T>) {
  const { t } = useTranslation();
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const unchosenId = `${id}-unchosen`;
  const [text, setText] = useState(initialText);
  // The text of the option chosen last: typed text that differs from it is not what is saved.
  const [chosenText, setChosenText] = useState(initialText);
  const [debounced, setDebounced] = useState(initialText);
  // The chosen record's name follows the UI language while it stands untouched in the field.
  const [shownInitialText, setShownInitialText] = useState(initialText);
  if (initialText !== shownInitialText) {
    setShownInitialText(initialText);
    if (text === shownInitialText && chosenText === shownInitialText && initialText !== '') {
      setText(initialText);
      setChosenText(initialText);
    }
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => setDebounced(text.trim()), 150);
    return () => clearTimeout(timer);
  }, [text]);

  const enabled = open && debounced.length >= minLength;
  const query = useQuery({
    queryKey: autocompleteKeys.answers(queryKey, debounced),
    queryFn: ({ signal }) => search(debounced, signal),
    enabled,
    staleTime: 60_000,
    // The last suggestions stay while the next ones load, so the list does not vanish under a click.
    placeholderData: keepPreviousData,
  });
  const options = enabled ? (query.data ?? []) : [];
  const expanded = enabled && (options.length > 0 || query.isFetched);

  const choose = (option: T) => {
    setText(textOf(option));
    setChosenText(textOf(option));
    setOpen(false);
    setActive(-1);
    onSelect(option);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) setOpen(true);
        setActive((current) => (options.length === 0 ? -1 : (current + 1) % options.length));
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive((current) => (options.length === 0 ? -1 : current <= 0 ? options.length - 1 : current - 1));
        break;
      case 'Enter':
        if (expanded && active >= 0 && options[active]) {
          event.preventDefault();
          choose(options[active]);
        }
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          event.preventDefault();
          setText('');
          setChosenText('');
          onSelect(null);
        }
        break;
    }
  };

  const unchosen = !open && text.trim() !== '' && text !== chosenText;
  const describedBy = [hint ? hintId : null, unchosen ? unchosenId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const activeOption = active >= 0 ? options[active] : undefined;
  return (
    <div className={`kern-form-input autocomplete${error ? ' kern-form-input--error' : ''}`}>
      <FieldHead id={id} label={label} required={required} hint={hint} />
      <div className="autocomplete__field">
        <input
          ref={inputRef}
          id={id}
          name={name}
          className="kern-form-input__input"
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${id}-option-${idOf(activeOption)}` : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          required={required}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
            if (event.target.value === '') {
              setChosenText('');
              onSelect(null);
            }
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={label} className="autocomplete__list" hidden={!expanded}>
          {options.map((option, index) => (
            <li
              key={idOf(option)}
              id={`${id}-option-${idOf(option)}`}
              role="option"
              aria-selected={index === active}
              className="autocomplete__option"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(option)}
            >
              {renderOption(option)}
            </li>
          ))}
          {expanded && options.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className="autocomplete__option autocomplete__option--empty">
              {emptyText ?? t('autocomplete.noMatch')}
            </li>
          )}
        </ul>
      </div>
      <p className="kern-sr-only" role="status" aria-live="polite">
        {expanded ? t('autocomplete.count', { count: options.length }) : ''}
      </p>
      {unchosen && (
        <p id={unchosenId} className="kern-body kern-body--small autocomplete__unchosen" role="status">
          {t('autocomplete.notChosen')}
        </p>
      )}
      {error && (
        <p id={errorId} className="kern-error" role="alert">
          <span className="kern-icon kern-icon--danger kern-icon--small" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      )}
    </div>
  );
}
