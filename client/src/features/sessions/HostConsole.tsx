import type { LiveSession } from '@pavilion/shared';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../app/ui/Field';
import { ExhibitOptions } from '../../app/ui/Options';
import { Refusal } from '../../app/ui/Refusal';
import { MAX_P2P_VIEWERS } from './media/P2pTransport';
import { AudienceSelect } from './SessionStatus';
import { useBoothExhibits } from './SpotlightCard';
import { nextSpotlightId } from './spotlightOrder';
import type { useHostMedia } from './useHostMedia';
import { useSessionStep } from './useSessionErrorText';
import type { SessionActions } from './useSessionRoom';

interface Props {
  session: LiveSession;
  actions: Pick<SessionActions, 'start' | 'end' | 'spotlight'>;
  host: ReturnType<typeof useHostMedia>;
  /** The transport in use (from the join ack): the console says which. */
  media: 'p2p' | 'sfu' | null;
}

/** The booth team's controls on the session page: go live / end, the spotlight, and the camera or screen. */
export function HostConsole({ session, actions, host, media }: Props) {
  const { t } = useTranslation(['sessions', 'common']);
  const headingId = useId();
  return (
    <section className="card host-console" aria-labelledby={headingId} data-testid="host-console">
      <div className="host-console__head">
        <div>
          <h2 id={headingId} className="section-title">
            {t('sessions:host.heading')}
          </h2>
          <p className="muted small">{t('sessions:host.intro')}</p>
        </div>
        <Lifecycle session={session} actions={actions} />
      </div>
      {session.status === 'scheduled' && <p className="muted">{t('sessions:host.notLive')}</p>}
      {session.status === 'live' && (
        <div className="host-console__grid">
          <SpotlightPicker session={session} spotlight={actions.spotlight} />
          <VideoControls host={host} media={media} recorded={session.recorded} />
        </div>
      )}
    </section>
  );
}

function Lifecycle({ session, actions }: { session: LiveSession; actions: Props['actions'] }) {
  const { t } = useTranslation(['sessions', 'common']);
  const [record, setRecord] = useState(true);
  const [audience, setAudience] = useState(session.audience);
  const [confirming, setConfirming] = useState(false);
  const step = useSessionStep();
  const { busy, error } = step;

  const run = (which: 'start' | 'end') =>
    step.run(async () => {
      if (which === 'start') await actions.start({ record, audience });
      else await actions.end();
      setConfirming(false);
    });

  return (
    <div className="host-console__lifecycle">
      {session.status === 'scheduled' && (
        <>
          <AudienceSelect value={audience} onChange={setAudience} disabled={busy} />
          <label className="checkbox">
            <input type="checkbox" checked={record} onChange={(e) => setRecord(e.target.checked)} />
            <span>{t('sessions:schedule.record')}</span>
          </label>
          <button type="button" className="button" disabled={busy} onClick={() => void run('start')}>
            {busy ? t('sessions:host.starting') : t('sessions:host.goLive')}
          </button>
        </>
      )}
      {session.status === 'live' && !confirming && (
        <button type="button" className="button button--ghost session-danger" onClick={() => setConfirming(true)}>
          {t('sessions:host.end')}
        </button>
      )}
      {session.status === 'live' && confirming && (
        <div className="host-console__confirm">
          <p>{t('sessions:host.endConfirm')}</p>
          <p className="actions-row">
            <button
              type="button"
              className="button button--small session-danger session-danger--solid"
              disabled={busy}
              onClick={() => void run('end')}
            >
              {t('sessions:host.confirmEnd')}
            </button>
            <button type="button" className="button button--ghost button--small" onClick={() => setConfirming(false)}>
              {t('common:cancel')}
            </button>
          </p>
        </div>
      )}
      {session.status === 'ended' && <p className="muted">{t('sessions:host.ended')}</p>}
      <Refusal error={error} />
    </div>
  );
}

function SpotlightPicker({ session, spotlight }: { session: LiveSession; spotlight: SessionActions['spotlight'] }) {
  const { t } = useTranslation(['sessions', 'common']);
  const headingId = useId();
  const selectId = useId();
  const current = session.spotlight?.id ?? null;
  const exhibits = useBoothExhibits(session.boothId, current);
  const [picked, setPicked] = useState<string>(current ?? '');
  const { busy, error, run } = useSessionStep();

  // Follow the spotlight when it moves (from here, or from a colleague's tab).
  useEffect(() => {
    if (current) setPicked(current);
  }, [current]);

  const list = exhibits ?? [];
  const selected = list.some((e) => e.id === picked) ? picked : (list[0]?.id ?? '');
  const next = nextSpotlightId(
    list.map((e) => e.id),
    current,
  );

  const show = (exhibitId: string | null) => run(() => spotlight(exhibitId));

  return (
    <section className="host-console__block" aria-labelledby={headingId}>
      <h3 id={headingId} className="host-console__title">
        {t('sessions:host.spotlightHeading')}
      </h3>
      {exhibits && list.length === 0 ? (
        <p className="muted">{t('sessions:host.noExhibits')}</p>
      ) : (
        <>
          <Field id={selectId} label={t('sessions:host.spotlightLabel')}>
            <select value={selected} onChange={(e) => setPicked(e.target.value)} disabled={!exhibits}>
              <ExhibitOptions exhibits={list} />
            </select>
          </Field>
          <p className="actions-row">
            <button
              type="button"
              className="button button--small"
              disabled={busy || !selected || selected === current}
              onClick={() => void show(selected)}
            >
              {t('sessions:host.spotlight')}
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={busy || !next || (list.length === 1 && next === current)}
              onClick={() => void show(next)}
            >
              {t('sessions:host.next')}
            </button>
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={busy || !current}
              onClick={() => void show(null)}
            >
              {t('sessions:host.clear')}
            </button>
          </p>
        </>
      )}
      <Refusal error={error} />
    </section>
  );
}

function VideoControls({ host, media, recorded }: { host: ReturnType<typeof useHostMedia>; media: Props['media']; recorded: boolean }) {
  const { t } = useTranslation(['sessions', 'common']);
  const headingId = useId();
  const source = host.local?.source ?? null;
  const failure = host.failure;
  return (
    <section className="host-console__block" aria-labelledby={headingId}>
      <h3 id={headingId} className="host-console__title">
        {t('sessions:host.videoHeading')}
      </h3>
      {!host.supported ? (
        <p className="muted">{t('sessions:host.mediaUnsupported')}</p>
      ) : (
        <p className="actions-row">
          <button
            type="button"
            className="button button--small"
            disabled={host.busy || source === 'camera'}
            onClick={() => void host.start('camera')}
            aria-pressed={source === 'camera'}
          >
            {t('sessions:host.camera')}
          </button>
          {host.canShareScreen && (
            <button
              type="button"
              className="button button--small"
              disabled={host.busy}
              onClick={() => void host.start('screen')}
              aria-pressed={source === 'screen'}
            >
              {t('sessions:host.screen')}
            </button>
          )}
          <button
            type="button"
            className="button button--ghost button--small"
            disabled={host.busy || !source}
            onClick={() => void host.stop()}
          >
            {t('sessions:host.stop')}
          </button>
        </p>
      )}
      <p className="host-console__status" role="status">
        {source === 'camera' && t('sessions:host.sendingCamera')}
        {source === 'screen' && t('sessions:host.sendingScreen')}
      </p>
      {failure && (
        <p className="form-error" role="alert">
          {failure.reason === 'notAnnounced'
            ? t('sessions:host.reasons.notAnnounced')
            : t(failure.source === 'camera' ? 'sessions:host.cameraFailed' : 'sessions:host.screenFailed', {
                reason: t(`sessions:host.reasons.${failure.reason}`),
              })}
        </p>
      )}
      {media && (
        <p className="muted small" data-testid="host-transport" data-transport={media}>
          {media === 'sfu' ? t('sessions:host.sfuNote') : t('sessions:host.p2pNote', { count: MAX_P2P_VIEWERS })}
          {recorded && ` ${t('sessions:host.recording')}`}
        </p>
      )}
    </section>
  );
}
