import { useTranslation } from 'react-i18next';
import './needs.css';

/** "Matches your needs": the tag a booth carries in the hall's list view when something in it fits the user's needs. */
export function NeedsMatchTag() {
  const { t } = useTranslation(['needs']);
  return (
    <span className="tag tag--match" data-testid="needs-match">
      {t('needs:hall.matches')}
    </span>
  );
}
