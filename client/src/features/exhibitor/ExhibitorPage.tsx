import {
  type Booth,
  CatalogReason,
  CreateBoothBody,
  CreateExhibitBody,
  IP_TYPES,
  type IpType,
  issuesOf,
  MINOR_PER_YUAN,
  TRADE_MODES,
  type TradeMode,
} from '@pavilion/shared';
import i18next from 'i18next';
import { type FormEvent, type ReactElement, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { apiErrorText, issuesLine } from '../../app/ui/apiErrorText';
import { PageLoading } from '../../app/ui/PageLoading';
import { ReadState } from '../../app/ui/ReadState';
import { usePageTitle } from '../../app/usePageTitle';
import { useFormat } from '../../i18n/format';
import { boothKeys, useBooth } from '../../net/boothQuery';
import { ApiError, rest } from '../../net/gateway';
import { queryClient } from '../../net/queryClient';
import { useAppStore } from '../../store/appStore';
import { CreateAuctionForm } from '../auctions';
import { NegotiationInbox } from '../negotiations';
import { HostSessions } from '../sessions';
import { ExhibitorAnalytics } from './analytics/ExhibitorAnalytics';
import { BoothVisitors } from './BoothVisitors';

/** `/exhibitor`: an exhibitor rents a booth (POST /api/booths) and puts exhibits in it (POST /api/exhibits). */
export default function ExhibitorPage() {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  usePageTitle(t('exhibitor:title'));
  const user = useAppStore((s) => s.user);
  const authStatus = useAppStore((s) => s.authStatus);

  let body: ReactElement;
  if (authStatus !== 'ready') body = <PageLoading />;
  else if (!user)
    body = (
      <div className="card">
        <p>{t('exhibitor:needAccount')}</p>
        <p className="actions-row">
          <Link className="button" to="/register">
            {t('account:register')}
          </Link>
          <Link className="button button--ghost" to="/login" state={{ from: '/exhibitor' }}>
            {t('common:signIn')}
          </Link>
        </p>
      </div>
    );
  else if (!user.orgId) body = <p className="card">{t('exhibitor:needExhibitor')}</p>;
  else body = <Console boothId={user.boothId ?? null} />;

  return (
    <section className="page exhibitor" aria-labelledby="exhibitor-title">
      <header className="page-header">
        <h1 id="exhibitor-title">{t('exhibitor:title')}</h1>
        <p className="muted">
          {user?.orgName ? `${t('exhibitor:orgLine', { org: user.orgName, role: t(`account:role.${user.role}`) })} — ` : ''}
          {t('exhibitor:intro')}
        </p>
      </header>
      {body}
    </section>
  );
}

/** A refused booth or exhibit change, with each refused field named by its label in the form. */
function errorText(error: unknown, labelOf: (path: string) => string | undefined = () => undefined): string {
  const t = i18next.getFixedT(null, ['exhibitor', 'common']);
  if (error instanceof ApiError) {
    if (!error.reason && error.code === 'FORBIDDEN') return t('exhibitor:errors.forbidden');
    if (error.code === 'INVALID_INPUT' && error.issues.length > 0)
      return t('exhibitor:errors.invalid', { message: issuesLine(error.issues, labelOf) });
  }
  return apiErrorText(error);
}

function Console({ boothId }: { boothId: string | null }) {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  const expo = useAppStore((s) => s.expo);
  const loadExpo = useAppStore((s) => s.loadExpo);
  const setOwnBooth = useAppStore((s) => s.setOwnBooth);

  useEffect(() => {
    if (!expo) void loadExpo();
  }, [expo, loadExpo]);

  if (!boothId)
    return (
      <div className="console-grid">
        <section className="card" aria-labelledby="your-booth">
          <h2 id="your-booth">{t('exhibitor:yourBooth')}</h2>
          <p className="muted">{t('exhibitor:noBooth')}</p>
        </section>
        {expo && <CreateBoothForm halls={expo.halls} onCreated={(b) => setOwnBooth(b.id)} />}
      </div>
    );
  return (
    <div className="console-grid">
      <OwnBooth boothId={boothId} />
      <BoothVisitors boothId={boothId} />
      <ExhibitorAnalytics boothId={boothId} />
      <HostSessions boothId={boothId} />
      <div className="console-grid__wide">
        <NegotiationInbox />
      </div>
      <AuctionPanel boothId={boothId} />
      <AddExhibitForm boothId={boothId} />
    </div>
  );
}

/** Put one of the booth's exhibits up for auction. */
function AuctionPanel({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  const read = useBooth(boothId);
  const [exhibitId, setExhibitId] = useState('');
  const candidates = (read.data?.exhibits ?? []).filter((e) => e.status === 'available' || e.status === 'negotiating');
  const exhibit = candidates.find((e) => e.id === exhibitId) ?? candidates[0];
  return (
    <section className="card console-grid__wide" aria-labelledby="auction-an-exhibit">
      <h2 id="auction-an-exhibit">{t('exhibitor:auction.title')}</h2>
      {candidates.length === 0 ? (
        <p className="muted">{t('exhibitor:auction.none')}</p>
      ) : (
        <>
          <label className="field">
            <span>{t('common:exhibit')}</span>
            <select value={exhibit?.id ?? ''} onChange={(e) => setExhibitId(e.target.value)}>
              {candidates.map((e) => (
                <option key={e.id} value={e.id}>
                  {e.title} · {e.registrationNumber}
                </option>
              ))}
            </select>
          </label>
          {exhibit && <CreateAuctionForm key={exhibit.id} exhibit={exhibit} onCreated={read.refresh} />}
        </>
      )}
    </section>
  );
}

/** The organization's booth (`user.boothId` from /api/me), with links to it. */
function OwnBooth({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  const f = useFormat();
  const read = useBooth(boothId);
  const expo = useAppStore((s) => s.expo);
  const booth = read.data?.booth;
  const hall = booth && expo?.halls.find((h) => h.id === booth.hallId);
  return (
    <section className="card" aria-labelledby="your-booth">
      <h2 id="your-booth">{t('exhibitor:yourBooth')}</h2>
      <ReadState read={read} failed={() => t('common:loadFailed')} />
      {booth && (
        <div className="own-booth">
          <p className="own-booth__name">
            <strong>{booth.name}</strong>
          </p>
          <p className="muted">
            {hall ? f.hallName(hall) : booth.hallId} · {t('hall:exhibitsCount', { count: booth.exhibitCount })}
          </p>
          <p className="actions-row">
            <Link className="button button--small" to={`/booth/${encodeURIComponent(booth.id)}`}>
              {t('exhibitor:viewBooth')}
            </Link>
            <Link
              className="button button--ghost button--small"
              to={`/hall/${encodeURIComponent(booth.hallId)}?booth=${encodeURIComponent(booth.id)}`}
            >
              {t('exhibitor:walkTo')}
            </Link>
          </p>
        </div>
      )}
    </section>
  );
}

function CreateBoothForm({ halls, onCreated }: { halls: { id: string; name: string }[]; onCreated: (b: Booth) => void }) {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  const f = useFormat();
  const [hallId, setHallId] = useState(halls[0]?.id ?? '');
  const [name, setName] = useState('');
  const [tagline, setTagline] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const labelOf = (path: string) =>
      ({ hallId: t('common:hall'), name: t('exhibitor:boothName'), tagline: t('exhibitor:tagline') })[path.split('.')[0] ?? ''];
    const parsed = CreateBoothBody.safeParse({ hallId, name, tagline: tagline || undefined });
    if (!parsed.success) {
      setMessage({ kind: 'error', text: t('exhibitor:errors.invalid', { message: issuesLine(issuesOf(parsed.error), labelOf) }) });
      return;
    }
    setBusy(true);
    try {
      const { booth } = await rest.createBooth(parsed.data);
      const hall = halls.find((h) => h.id === booth.hallId);
      setMessage({ kind: 'ok', text: t('exhibitor:boothCreated', { name: booth.name, hall: hall ? f.hallName(hall) : booth.hallId }) });
      setName('');
      setTagline('');
      onCreated(booth);
    } catch (error) {
      // The organization has a booth already (set up elsewhere): show it instead.
      const existing = error instanceof ApiError && error.reason === CatalogReason.boothExists ? error.details?.boothId : undefined;
      if (typeof existing === 'string') useAppStore.getState().setOwnBooth(existing);
      else setMessage({ kind: 'error', text: errorText(error, labelOf) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="create-booth">
      <h2 id="create-booth">{t('exhibitor:createBooth')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="cb-hall">{t('common:hall')}</label>
          <select id="cb-hall" value={hallId} onChange={(e) => setHallId(e.target.value)}>
            {halls.map((h) => (
              <option key={h.id} value={h.id}>
                {f.hallName(h)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="cb-name">{t('exhibitor:boothName')}</label>
          <input id="cb-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={80} />
        </div>
        <div className="field">
          <label htmlFor="cb-tagline">
            {t('exhibitor:tagline')} <span className="muted">{t('common:optional')}</span>
          </label>
          <input id="cb-tagline" value={tagline} onChange={(e) => setTagline(e.target.value)} maxLength={160} />
        </div>
        {message && (
          <p className={message.kind === 'ok' ? 'form-ok' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('exhibitor:createBoothSubmit')}
        </button>
      </form>
    </section>
  );
}

function AddExhibitForm({ boothId }: { boothId: string }) {
  const { t } = useTranslation(['account', 'exhibitor', 'hall', 'common']);
  const [type, setType] = useState<IpType>('patent');
  const [title, setTitle] = useState('');
  const [number, setNumber] = useState('');
  const [jurisdiction, setJurisdiction] = useState('CN');
  const [classes, setClasses] = useState('');
  const [summary, setSummary] = useState('');
  const [price, setPrice] = useState('');
  const [modes, setModes] = useState<Set<TradeMode>>(new Set(['assignment']));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const labelOf = (path: string) =>
      ({
        type: t('common:ipTypeLabel'),
        title: t('exhibitor:exhibitTitle'),
        registrationNumber: t('exhibitor:registrationNumber'),
        jurisdiction: t('common:jurisdiction'),
        classes: t('common:classes'),
        summary: t('exhibitor:summary'),
        askingPrice: t('exhibitor:askingPrice'),
        tradeModes: t('common:tradeModes'),
      })[path.split('.')[0] ?? ''];
    const yuanValue = Number(price.replace(/[,\s]/g, ''));
    if (!Number.isFinite(yuanValue) || yuanValue <= 0) {
      setMessage({ kind: 'error', text: t('exhibitor:errors.price') });
      return;
    }
    if (modes.size === 0) {
      setMessage({ kind: 'error', text: t('exhibitor:errors.tradeModes') });
      return;
    }
    const parsed = CreateExhibitBody.safeParse({
      boothId,
      type,
      title,
      registrationNumber: number,
      jurisdiction: jurisdiction.trim().toUpperCase(),
      classes: classes.trim()
        ? classes
            .split(',')
            .map((c) => c.trim())
            .filter(Boolean)
        : undefined,
      summary: summary || undefined,
      askingPrice: { amount: Math.round(yuanValue * MINOR_PER_YUAN), currency: 'CNY' },
      tradeModes: TRADE_MODES.filter((m) => modes.has(m)),
    });
    if (!parsed.success) {
      setMessage({ kind: 'error', text: t('exhibitor:errors.invalid', { message: issuesLine(issuesOf(parsed.error), labelOf) }) });
      return;
    }
    setBusy(true);
    try {
      const { exhibit } = await rest.createExhibit(parsed.data);
      setMessage({ kind: 'ok', text: t('exhibitor:exhibitAdded', { title: exhibit.title }) });
      setTitle('');
      setNumber('');
      setSummary('');
      setClasses('');
      setPrice('');
      void queryClient.invalidateQueries({ queryKey: boothKeys.detail(boothId) });
    } catch (error) {
      setMessage({ kind: 'error', text: errorText(error, labelOf) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card console-grid__wide" aria-labelledby="add-exhibit">
      <h2 id="add-exhibit">{t('exhibitor:addExhibit')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <div className="field-row">
          <div className="field">
            <label htmlFor="ae-type">{t('common:ipTypeLabel')}</label>
            <select id="ae-type" value={type} onChange={(e) => setType(e.target.value as IpType)}>
              {IP_TYPES.map((ty) => (
                <option key={ty} value={ty}>
                  {t(`common:ipType.${ty}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="field">
          <label htmlFor="ae-title">{t('exhibitor:exhibitTitle')}</label>
          <input id="ae-title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="ae-number">{t('exhibitor:registrationNumber')}</label>
            <input id="ae-number" value={number} onChange={(e) => setNumber(e.target.value)} maxLength={40} />
          </div>
          <div className="field">
            <label htmlFor="ae-jur">{t('common:jurisdiction')}</label>
            <input
              id="ae-jur"
              value={jurisdiction}
              onChange={(e) => setJurisdiction(e.target.value)}
              maxLength={2}
              aria-describedby="ae-jur-hint"
            />
            <p className="hint" id="ae-jur-hint">
              {t('exhibitor:jurisdictionHint')}
            </p>
          </div>
        </div>
        <div className="field">
          <label htmlFor="ae-classes">
            {t('common:classes')} <span className="muted">{t('common:optional')}</span>
          </label>
          <input id="ae-classes" value={classes} onChange={(e) => setClasses(e.target.value)} aria-describedby="ae-classes-hint" />
          <p className="hint" id="ae-classes-hint">
            {t('exhibitor:classesHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor="ae-summary">
            {t('exhibitor:summary')} <span className="muted">{t('common:optional')}</span>
          </label>
          <textarea id="ae-summary" value={summary} onChange={(e) => setSummary(e.target.value)} rows={3} maxLength={2000} />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="ae-price">{t('exhibitor:askingPrice')}</label>
            <input id="ae-price" inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />
          </div>
          <fieldset className="field">
            <legend>{t('common:tradeModes')}</legend>
            {TRADE_MODES.map((m) => (
              <label key={m} className="checkbox">
                <input
                  type="checkbox"
                  checked={modes.has(m)}
                  onChange={(e) => {
                    const next = new Set(modes);
                    if (e.target.checked) next.add(m);
                    else next.delete(m);
                    setModes(next);
                  }}
                />
                <span>{t(`common:tradeMode.${m}`)}</span>
              </label>
            ))}
          </fieldset>
        </div>
        {message && (
          <p className={message.kind === 'ok' ? 'form-ok' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>
            {message.text}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('exhibitor:addExhibitSubmit')}
        </button>
      </form>
    </section>
  );
}
