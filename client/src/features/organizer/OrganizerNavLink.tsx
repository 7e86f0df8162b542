import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useAppStore } from '../../store/appStore';

/** The header's link to `/organizer`, shown to organizers only. */
export function OrganizerNavLink() {
  const { t } = useTranslation(['common']);
  const isOrganizer = useAppStore((s) => s.user?.role === 'organizer');
  return isOrganizer ? <NavLink to="/organizer">{t('common:app.nav.organizer')}</NavLink> : null;
}
