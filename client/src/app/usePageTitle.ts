import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the document title for the current page ("Patents Hall · Pavilion"). */
export function usePageTitle(page: string | null | undefined): void {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = page ? t('app.pageTitle', { page }) : t('app.name');
  }, [page, t]);
}
