import type { Exhibit, User } from '@pavilion/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { socketRequest } from '../../net/gateway';
import { useAppStore } from '../../store/appStore';
import { useNegotiationErrorText } from './useNegotiationErrorText';
import './negotiations.css';

/** Why the viewer cannot negotiate on an exhibit, or null when they can. */
export type NegotiateBlock = 'checking' | 'guest' | 'organizer' | 'self' | 'sold' | null;

/** The rule the server applies to `negotiation:open`, known up front so the button can say why it is off. */
export function negotiateBlock(
  exhibit: Pick<Exhibit, 'orgId' | 'status'>,
  user: Pick<User, 'role' | 'orgId'> | null,
  authReady: boolean,
): NegotiateBlock {
  if (!authReady) return 'checking';
  if (!user) return 'guest';
  if (user.role === 'organizer') return 'organizer';
  if (user.orgId && user.orgId === exhibit.orgId) return 'self';
  if (exhibit.status === 'sold') return 'sold';
  return null;
}

/**
 * Opens (or resumes — the server returns the buyer's open one) a negotiation on an exhibit and goes to
 * it. Disabled, with the reason beside it, for guests, organizers, the exhibit's own organization and
 * sold exhibits.
 */
export function NegotiateButton({ exhibit, className = 'button button--small' }: { exhibit: Exhibit; className?: string }) {
  const { t } = useTranslation(['negotiations', 'common']);
  const errorText = useNegotiationErrorText();
  const navigate = useNavigate();
  const location = useLocation();
  const user = useAppStore((s) => s.user);
  const authReady = useAppStore((s) => s.authStatus === 'ready');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const reasonId = useId();
  const block = negotiateBlock(exhibit, user, authReady);

  async function open() {
    setBusy(true);
    setError(null);
    try {
      const { negotiation } = await socketRequest('negotiation:open', { exhibitId: exhibit.id });
      navigate(`/negotiations/${encodeURIComponent(negotiation.id)}`);
    } catch (e) {
      setError(errorText(e));
      setBusy(false);
    }
  }

  return (
    <span className="negotiate-button">
      <button
        type="button"
        className={className}
        disabled={block !== null || busy}
        aria-describedby={block || error ? reasonId : undefined}
        onClick={() => void open()}
        data-testid="negotiate-button"
      >
        {busy ? t('negotiations:button.opening') : t('negotiations:button.negotiate')}
      </button>
      {block && (
        <span id={reasonId} className="negotiate-button__reason">
          {t(`negotiations:button.reasons.${block}`)}
          {block === 'guest' && (
            <>
              {' '}
              <Link to="/login" state={{ from: location.pathname + location.search }}>
                {t('common:signIn')}
              </Link>
            </>
          )}
        </span>
      )}
      {!block && error && (
        <span id={reasonId} className="negotiate-button__reason negotiate-button__reason--error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
