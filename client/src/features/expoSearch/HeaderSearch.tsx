import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { SearchForm } from '../../app/ui/SearchForm';

/** The expo-wide search box: on every page in the header, and in the lobby. Submitting opens `/search`. */
export function HeaderSearch({ variant = 'header' }: { variant?: 'header' | 'lobby' }) {
  const { t } = useTranslation(['expoSearch']);
  const navigate = useNavigate();
  const [q, setQ] = useState('');

  function submit(e: FormEvent) {
    e.preventDefault();
    const text = q.trim();
    navigate(text ? `/search?${new URLSearchParams({ q: text })}` : '/search');
    setQ('');
  }

  return (
    <SearchForm
      label={t('expoSearch:headerLabel')}
      className={`expo-search-box expo-search-box--${variant}`}
      onSubmit={submit}
      submitLabel={t('expoSearch:submit')}
      value={q}
      maxLength={200}
      onChange={(e) => setQ(e.target.value)}
      placeholder={variant === 'lobby' ? t('expoSearch:placeholder') : t('expoSearch:headerPlaceholder')}
      autoComplete="off"
      data-testid={`expo-search-${variant}`}
    />
  );
}
