import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { useAppStore } from '../../store/appStore';

/** The header's link to `/organizer`, shown to organizers only. */
export function OrganizerNavLink() {
  const { t } = useTranslation();
  const isOrganizer = useAppStore((s) => s.user?.role === 'organizer');
  return isOrganizer ? <NavLink to="/organizer">{t('app.nav.organizer')}</NavLink> : null;
}
