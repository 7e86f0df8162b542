import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title for the current page ("Patents Hall · Pavilion"). */
export function usePageTitle(page: string | null | undefined): void {
  const { t } = useTranslation(['common']);
  useEffect(() => {
    document.title = page ? t('common:app.pageTitle', { page }) : t('common:app.name');
  }, [page, t]);
}
