import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';

/** The search box in the header of every page; it opens the search page with the words typed. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const current = pathname === '/search' ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);
  const [shown, setShown] = useState(current);
  // The box follows the search page's query when it changes (e.g. "Did you mean").
  if (shown !== current) {
    setShown(current);
    setText(current);
  }

  return (
    <form
      className="header-search"
      role="search"
      aria-label={t('search.label')}
      onSubmit={(event) => {
        event.preventDefault();
        const q = text.trim();
        if (q) void navigate(`/search?${new URLSearchParams({ q }).toString()}`);
      }}
    >
      <label className="kern-sr-only" htmlFor={id}>
        {t('search.label')}
      </label>
      <input id={id} className="kern-form-input__input header-search__input" type="search" name="q" maxLength={200} placeholder={t('search.placeholder')} value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit" className="kern-btn kern-btn--secondary kern-btn--small">
        <span className="kern-label">{t('search.submit')}</span>
      </button>
    </form>
  );
}
