import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { useAppStore } from '../../store/appStore';
import { isSaved, useFavourites, useToggleFavourite } from './useFavourites';
import './favourites.css';

/**
 * A star that saves an exhibit (or a booth) in the signed-in user's briefcase, or takes it out. Guests see
 * nothing: saving needs an account.
 */
export function FavouriteButton({ what = 'exhibit', id, label }: { what?: 'exhibit' | 'booth'; id: string; label: string }) {
  const { t } = useTranslation(['favourites']);
  const signedIn = useAppStore((s) => s.user !== null);
  const favourites = useFavourites();
  const toggle = useToggleFavourite(what, id);
  if (!signedIn) return null;
  const saved = isSaved(favourites.data, what, id);
  const text = saved ? t('favourites:button.remove', { name: label }) : t('favourites:button.save', { name: label });
  return (
    <span className="favourite">
      <button
        type="button"
        className={saved ? 'favourite__star favourite__star--on' : 'favourite__star'}
        aria-pressed={saved}
        aria-label={text}
        title={text}
        disabled={toggle.isPending || !favourites.data}
        onClick={() => toggle.mutate(!saved)}
        data-testid={`favourite-${what}-${id}`}
      >
        <span aria-hidden="true">{saved ? '★' : '☆'}</span>
      </button>
      {toggle.error && (
        <span className="field-error favourite__error" role="alert">
          {apiErrorText(toggle.error)}
        </span>
      )}
    </span>
  );
}
