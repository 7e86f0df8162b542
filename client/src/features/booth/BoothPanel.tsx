import { type Booth, type Exhibit, isTradeable, type Organization } from '@pavilion/shared';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { BoothLogo } from '../../app/ui/BoothLogo';
import { FailedLine } from '../../app/ui/ErrorState';
import { Fact } from '../../app/ui/Fact';
import { LegalStatusBadge } from '../../app/ui/LegalStatusBadge';
import { ReadState } from '../../app/ui/ReadState';
import { RegionBadge } from '../../app/ui/RegionBadge';
import { useFormat } from '../../i18n/format';
import type { ErrorCode } from '../../i18n/resources';
import { useBooth } from '../../net/boothQuery';
import { useAppStore } from '../../store/appStore';
import { boothChatRoom } from '../../store/chatRoom';
import { AuctionBadge, BidButton } from '../auctions';
import { ChatPanel } from '../chat';
import { DataRoom } from '../dataroom';
import { FavouriteButton } from '../favourites';
import { boothInHallHref } from '../hall';
import { zoneOfBooth } from '../hall3d';
import { BookMeeting } from '../meetings';
import { NegotiateButton } from '../negotiations';
import { BoothLiveLinks } from '../sessions';
import { OccupancyBadge } from './OccupancyBadge';

interface Props {
  boothId: string;
  /** `overlay` sits beside the 3D hall or list; `page` is /booth/:id. */
  variant: 'overlay' | 'page';
  onClose?: () => void;
  headingLevel?: 1 | 2;
}

/**
 * A booth: its organization's profile, who is here, its chat and its exhibits. An open panel is being in
 * the booth: it enters the booth's room (`booth:enter`) and leaves it when it closes.
 */
export function BoothPanel({ boothId, variant, onClose, headingLevel = 2 }: Props) {
  const { t } = useTranslation(['booth', 'common']);
  const read = useBooth(boothId);
  const enterBoothRoom = useAppStore((s) => s.enterBoothRoom);
  const leaveBoothRoom = useAppStore((s) => s.leaveBoothRoom);

  useEffect(() => {
    enterBoothRoom(boothId);
    return () => leaveBoothRoom(boothId);
  }, [boothId, enterBoothRoom, leaveBoothRoom]);

  const titleId = `booth-title-${boothId}`;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const data = read.data;

  return (
    <section
      className={`booth-panel booth-panel--${variant}`}
      aria-labelledby={data ? titleId : undefined}
      aria-label={data ? undefined : t('common:loading')}
      data-testid="booth-panel"
      data-booth-id={boothId}
    >
      {onClose && (
        <button type="button" className="icon-button booth-panel__close" onClick={onClose} aria-label={t('common:close')}>
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6 6l12 12M18 6 6 18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      )}
      {read.missing ? <p>{t('booth:notFound', { id: boothId })}</p> : <ReadState read={read} failed={() => t('common:loadFailed')} />}
      {data && (
        <>
          <BoothHeader booth={data.booth} organization={data.organization} titleId={titleId} Heading={Heading} variant={variant} />
          <BookMeeting booth={data.booth} exhibits={data.exhibits} />
          <div className="booth-panel__body">
            <BoothChat booth={data.booth} headingLevel={headingLevel} />
            <ExhibitList exhibits={data.exhibits} headingLevel={headingLevel} />
          </div>
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
  const { t } = useTranslation(['booth', 'common']);
  const f = useFormat();
  const expo = useAppStore((s) => s.expo);
  const hall = useAppStore((s) => (s.hall?.id === booth.hallId ? s.hall : null)) ?? expo?.halls.find((h) => h.id === booth.hallId);
  const hallLabel = hall ? f.hallName(hall) : booth.hallId;
  return (
    <header className="booth-panel__header">
      <p className="booth-panel__org">
        <RegionBadge region={booth.region} />
        <span>{organization.name !== booth.name ? organization.name : t(`common:orgKind.${organization.kind}`)}</span>
        {organization.verified && (
          <span className="verified" title={t('booth:verified')}>
            <svg viewBox="0 0 16 16" aria-hidden="true">
              <path
                d="M8 1l2 1.5 2.5-.2.7 2.4 2 1.5-.9 2.3.9 2.3-2 1.5-.7 2.4-2.5-.2L8 15l-2-1.5-2.5.2-.7-2.4-2-1.5.9-2.3L.8 5.2l2-1.5.7-2.4 2.5.2z"
                fill="currentColor"
              />
              <path d="M5 8l2 2 4-4" stroke="#fff" strokeWidth="1.6" fill="none" />
            </svg>
            <span className="visually-hidden">{t('booth:verified')}</span>
          </span>
        )}
        <span className="chip" data-testid="booth-package" title={t('booth:package.label')}>
          {t(`booth:package.${booth.package ?? 'standard'}`)}
        </span>
      </p>
      <div className="booth-panel__brand">
        <BoothLogo booth={booth} size={variant === 'page' ? 72 : 48} />
        <div>
          <Heading id={titleId} className="booth-panel__title">
            {booth.name}
          </Heading>
          {booth.tagline && <p className="booth-panel__tagline">{booth.tagline}</p>}
        </div>
      </div>
      <OccupancyBadge boothId={booth.id} />
      {booth.live && (
        <p className="booth-panel__live">
          <span className="live-dot" aria-hidden="true" />
          {t('booth:live')}
        </p>
      )}
      <dl className="booth-panel__facts">
        <Fact term={t('booth:kind')}>{t(`common:orgKind.${organization.kind}`)}</Fact>
        <Fact term={t('common:regionLabel')}>
          {t(`common:region.${organization.region}`)} · {organization.country}
        </Fact>
        <Fact term={t('booth:location')}>{t('booth:locationValue', { hall: hallLabel, zone: zoneOfBooth(booth) })}</Fact>
      </dl>
      {/* biome-ignore lint/a11y/useSemanticElements: a group of buttons, not form fields: a fieldset would mislead */}
      <div className="booth-panel__actions" role="group" aria-label={t('booth:actions.label')}>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            const input = document.getElementById(chatInputId(booth.id));
            input?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
            input?.focus({ preventScroll: true });
          }}
        >
          {t('booth:actions.chat')}
        </button>
        <BoothLiveLinks booth={booth} />
        <FavouriteButton what="booth" id={booth.id} label={booth.name} />
        {variant === 'overlay' ? (
          <Link className="button button--small" to={`/booth/${encodeURIComponent(booth.id)}`}>
            {t('booth:openPage')}
          </Link>
        ) : (
          <Link className="button button--small" to={boothInHallHref(booth.hallId, booth.id)}>
            {t('booth:walkTo')}
          </Link>
        )}
      </div>
    </header>
  );
}

/** The composer's element id in a booth's panel (the header's "Chat" button focuses it). */
function chatInputId(boothId: string): string {
  return `chat-input-${boothId}`;
}

/** The booth's chat room, open while we are in the booth; its staff and organizers moderate it. */
function BoothChat({ booth, headingLevel }: { booth: Booth; headingLevel: 1 | 2 }) {
  const user = useAppStore((s) => s.user);
  const room = useAppStore((s) => (s.boothRoom?.boothId === booth.id ? s.boothRoom : null));
  const canModerate = !!user && (user.role === 'organizer' || (!!user.orgId && user.orgId === booth.orgId));
  const ready = room?.status === 'in' || room?.status === 'rejoining';
  return (
    <div className="booth-panel__chat">
      {room?.status === 'error' && <BoothRoomError boothId={booth.id} code={room.error} />}
      <ChatPanel
        room={boothChatRoom(booth.id)}
        ready={ready}
        canModerate={canModerate}
        hostName={booth.orgName}
        inputId={chatInputId(booth.id)}
        headingLevel={headingLevel === 1 ? 2 : 3}
      />
    </div>
  );
}

function BoothRoomError({ boothId, code }: { boothId: string; code?: string }) {
  const { t } = useTranslation(['booth', 'common']);
  const enter = useAppStore((s) => s.enterBoothRoom);
  return (
    <FailedLine
      className="notice booth-panel__room-error"
      message={t('booth:roomFailed', { reason: t(`common:errors.${(code ?? 'INTERNAL') as ErrorCode}`) })}
      onRetry={() => enter(boothId)}
    />
  );
}

/** `headingLevel` is the panel title's: the list's title goes one below it, each exhibit's two below. */
function ExhibitList({ exhibits, headingLevel }: { exhibits: Exhibit[]; headingLevel: 1 | 2 }) {
  const Title = headingLevel === 1 ? 'h2' : 'h3';
  const { t } = useTranslation(['booth', 'common']);
  return (
    <section className="booth-panel__exhibits" aria-label={t('booth:exhibitsHeading')}>
      <Title className="section-title">
        {t('booth:exhibitsHeading')} <span className="muted">({exhibits.length})</span>
      </Title>
      {exhibits.length === 0 ? (
        <p className="muted">{t('booth:noExhibits')}</p>
      ) : (
        <ul className="exhibit-list">
          {exhibits.map((e) => (
            <ExhibitCard key={e.id} exhibit={e} titleLevel={headingLevel === 1 ? 3 : 4} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One exhibit: type, title, number, jurisdiction, asking price, trade modes, status. */
export function ExhibitCard({ exhibit, titleLevel = 4 }: { exhibit: Exhibit; titleLevel?: 3 | 4 }) {
  const Title = titleLevel === 3 ? 'h3' : 'h4';
  const { t } = useTranslation(['booth', 'common']);
  const f = useFormat();
  return (
    <li className={`exhibit-card exhibit-card--${exhibit.type}`} data-exhibit-id={exhibit.id}>
      <div className="exhibit-card__top">
        <span className={`chip chip--${exhibit.type}`}>{t(`common:ipType.${exhibit.type}`)}</span>
        {exhibit.status === 'in-auction' ? (
          <AuctionBadge exhibit={exhibit} />
        ) : (
          <span className={`status status--${exhibit.status}`}>{t(`common:exhibitStatus.${exhibit.status}`)}</span>
        )}
      </div>
      <Title className="exhibit-card__title">{exhibit.title}</Title>
      {exhibit.summary && <p className="exhibit-card__summary">{exhibit.summary}</p>}
      <dl className="exhibit-card__facts">
        <Fact term={t('booth:fields.number')} valueClass="mono">
          {exhibit.registrationNumber}
        </Fact>
        <Fact term={t('common:jurisdiction')}>{exhibit.jurisdiction}</Fact>
        {exhibit.classes.length > 0 && (
          <Fact term={t('common:classes')} valueClass="mono">
            {exhibit.classes.join(', ')}
          </Fact>
        )}
        <Fact term={t('common:tradeModes')}>{exhibit.tradeModes.map((m) => t(`common:tradeMode.${m}`)).join(' · ')}</Fact>
        <Fact term={t('common:legal.label')}>
          <LegalStatusBadge status={exhibit.legalStatus} />
        </Fact>
        {exhibit.legalStatus.ownerOfRecord && <Fact term={t('common:legal.owner')}>{exhibit.legalStatus.ownerOfRecord}</Fact>}
        {exhibit.legalStatus.encumbrances && (
          <Fact term={t('common:legal.encumbrances')}>{exhibit.legalStatus.encumbrances.join(' · ')}</Fact>
        )}
      </dl>
      <div className="exhibit-card__bottom">
        <p className="exhibit-card__price">
          <span className="visually-hidden">{t('booth:fields.price')}: </span>
          {f.price(exhibit.askingPrice)}
        </p>
        <div className="exhibit-card__actions">
          {exhibit.status !== 'sold' && isTradeable(exhibit.legalStatus, Date.now()) && <NegotiateButton exhibit={exhibit} />}
          <BidButton exhibit={exhibit} />
          <FavouriteButton id={exhibit.id} label={exhibit.title} />
        </div>
      </div>
      <DataRoom exhibit={exhibit} />
    </li>
  );
}
