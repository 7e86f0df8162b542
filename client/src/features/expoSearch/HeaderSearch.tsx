import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** The expo-wide search box: on every page in the header, and in the lobby. Submitting opens `/search`. */
export function HeaderSearch({ variant = 'header' }: { variant?: 'header' | 'lobby' }) {
  const { t } = useTranslation(['expoSearch']);
  const navigate = useNavigate();
  const id = useId();
  const [q, setQ] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    const text = q.trim();
    navigate(text ? `/search?${new URLSearchParams({ q: text })}` : '/search');
    setQ('');
  }

  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is not yet announced by every screen reader; the role is
    <form
      role="search"
      onSubmit={submit}
      className={`expo-search-box expo-search-box--${variant}`}
      aria-label={t('expoSearch:headerLabel')}
    >
      <label htmlFor={`${id}-q`} className="visually-hidden">
        {t('expoSearch:headerLabel')}
      </label>
      <input
        id={`${id}-q`}
        type="search"
        value={q}
        maxLength={200}
        onChange={(e) => setQ(e.target.value)}
        placeholder={variant === 'lobby' ? t('expoSearch:placeholder') : t('expoSearch:headerPlaceholder')}
        autoComplete="off"
        data-testid={`expo-search-${variant}`}
      />
      <button type="submit" className="button button--small">
        {t('expoSearch:submit')}
      </button>
    </form>
  );
}
