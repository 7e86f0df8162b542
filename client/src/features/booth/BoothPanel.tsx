import type { Booth, Exhibit, Organization } from '@pavilion/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ComingSoonButton } from '../../app/ui/ComingSoonButton';
import { ErrorState } from '../../app/ui/ErrorState';
import { PageLoading } from '../../app/ui/PageLoading';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../store/appStore';
import { zoneOfBooth } from '../hall3d/hallGeometry';
import { RegionBadge } from './RegionBadge';

interface Props {
  boothId: string;
  /** `overlay` sits beside the 3D hall or list; `page` is /booth/:id. */
  variant: 'overlay' | 'page';
  onClose?: () => void;
  headingLevel?: 1 | 2;
}

/** A booth: its organization's profile and exhibits, with the actions later releases wire up shown disabled. */
export function BoothPanel({ boothId, variant, onClose, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const detail = useAppStore((s) => s.boothDetails[boothId]);
  const loadBooth = useAppStore((s) => s.loadBooth);

  useEffect(() => {
    void loadBooth(boothId);
  }, [boothId, loadBooth]);

  const titleId = `booth-title-${boothId}`;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const data = detail?.data;

  return (
    <section
      className={`booth-panel booth-panel--${variant}`}
      aria-labelledby={data ? titleId : undefined}
      aria-label={data ? undefined : t('common.loading')}
      data-testid="booth-panel"
      data-booth-id={boothId}
    >
      {onClose && (
        <button type="button" className="icon-button booth-panel__close" onClick={onClose} aria-label={t('common.close')}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6 6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      )}
      {!data && (detail?.status === 'error' ? <ErrorState onRetry={() => void loadBooth(boothId, { force: true })} /> : null)}
      {!data && detail?.status === 'not-found' && <p>{t('booth.notFound', { id: boothId })}</p>}
      {!data && (!detail || detail.status === 'loading') && <PageLoading />}
      {data && (
        <>
          <BoothHeader booth={data.booth} organization={data.organization} titleId={titleId} Heading={Heading} variant={variant} />
          <ExhibitList exhibits={data.exhibits} live={data.booth.live} />
        </>
      )}
    </section>
  );
}

function BoothHeader({
  booth,
  organization,
  titleId,
  Heading,
  variant,
}: {
  booth: Booth;
  organization: Organization;
  titleId: string;
  Heading: 'h1' | 'h2';
  variant: Props['variant'];
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const expo = useAppStore((s) => s.expo);
  const hall = useAppStore((s) => (s.hall?.id === booth.hallId ? s.hall : null)) ?? expo?.halls.find((h) => h.id === booth.hallId);
  const hallLabel = hall ? f.hallName(hall) : booth.hallId;
  return (
    <header className="booth-panel__header">
      <p className="booth-panel__org">
        <RegionBadge region={booth.region} />
        <span>{organization.name !== booth.name ? organization.name : t(`orgKind.${organization.kind}`)}</span>
        {organization.verified && (
          <span className="verified" title={t('booth.verified')}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path
                d="M8 1l2 1.5 2.5-.2.7 2.4 2 1.5-.9 2.3.9 2.3-2 1.5-.7 2.4-2.5-.2L8 15l-2-1.5-2.5.2-.7-2.4-2-1.5.9-2.3L.8 5.2l2-1.5.7-2.4 2.5.2z"
                fill="currentColor"
              />
              <path d="M5 8l2 2 4-4" stroke="#fff" strokeWidth="1.6" fill="none" />
            </svg>
            <span className="visually-hidden">{t('booth.verified')}</span>
          </span>
        )}
      </p>
      <Heading id={titleId} className="booth-panel__title">
        {booth.name}
      </Heading>
      {booth.tagline && <p className="booth-panel__tagline">{booth.tagline}</p>}
      {booth.live && (
        <p className="booth-panel__live">
          <span className="live-dot" aria-hidden="true" />
          {t('booth.live')}
        </p>
      )}
      <dl className="booth-panel__facts">
        <div>
          <dt>{t('booth.kind')}</dt>
          <dd>{t(`orgKind.${organization.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('booth.region')}</dt>
          <dd>
            {t(`region.${organization.region}`)} · {organization.country}
          </dd>
        </div>
        <div>
          <dt>{t('booth.location')}</dt>
          <dd>{t('booth.locationValue', { hall: hallLabel, zone: zoneOfBooth(booth) })}</dd>
        </div>
      </dl>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields: a fieldset would mislead */}
      <div className="booth-panel__actions" role="group" aria-label={t('booth.actions.label')}>
        <ComingSoonButton label={t('booth.actions.chat')} />
        {booth.live && <ComingSoonButton label={t('booth.actions.watchLive')} />}
        {variant === 'overlay' ? (
          <Link className="button button--small" to={`/booth/${encodeURIComponent(booth.id)}`}>
            {t('booth.openPage')}
          </Link>
        ) : (
          <Link className="button button--small" to={`/hall/${encodeURIComponent(booth.hallId)}?booth=${encodeURIComponent(booth.id)}`}>
            {t('booth.walkTo')}
          </Link>
        )}
      </div>
    </header>
  );
}

function ExhibitList({ exhibits, live }: { exhibits: Exhibit[]; live: boolean }) {
  const { t } = useTranslation();
  return (
    <section className="booth-panel__exhibits" aria-label={t('booth.exhibitsHeading')}>
      <h3 className="section-title">
        {t('booth.exhibitsHeading')} <span className="muted">({exhibits.length})</span>
      </h3>
      {exhibits.length === 0 ? (
        <p className="muted">{t('booth.noExhibits')}</p>
      ) : (
        <ul className="exhibit-list">
          {exhibits.map((e) => (
            <ExhibitCard key={e.id} exhibit={e} live={live} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One exhibit: type, title, number, jurisdiction, asking price, trade modes, status. */
export function ExhibitCard({ exhibit, live }: { exhibit: Exhibit; live?: boolean }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <li className={`exhibit-card exhibit-card--${exhibit.type}`} data-exhibit-id={exhibit.id}>
      <div className="exhibit-card__top">
        <span className={`chip chip--${exhibit.type}`}>{t(`ipType.${exhibit.type}`)}</span>
        <span className={`status status--${exhibit.status}`}>{t(`exhibitStatus.${exhibit.status}`)}</span>
      </div>
      <h4 className="exhibit-card__title">{exhibit.title}</h4>
      {exhibit.summary && <p className="exhibit-card__summary">{exhibit.summary}</p>}
      <dl className="exhibit-card__facts">
        <div>
          <dt>{t('booth.fields.number')}</dt>
          <dd className="mono">{exhibit.registrationNumber}</dd>
        </div>
        <div>
          <dt>{t('booth.fields.jurisdiction')}</dt>
          <dd>{exhibit.jurisdiction}</dd>
        </div>
        {exhibit.classes.length > 0 && (
          <div>
            <dt>{t('booth.fields.classes')}</dt>
            <dd className="mono">{exhibit.classes.join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('booth.fields.tradeModes')}</dt>
          <dd>{exhibit.tradeModes.map((m) => t(`tradeMode.${m}`)).join(' · ')}</dd>
        </div>
      </dl>
      <div className="exhibit-card__bottom">
        <p className="exhibit-card__price">
          <span className="visually-hidden">{t('booth.fields.price')}: </span>
          {f.price(exhibit.askingPrice)}
        </p>
        <div className="exhibit-card__actions">
          {exhibit.status !== 'sold' && <ComingSoonButton label={t('booth.actions.negotiate')} />}
          {(exhibit.status === 'in-auction' || live) && <ComingSoonButton label={t('booth.actions.bid')} />}
        </div>
      </div>
    </li>
  );
}
