import { BOOTH_PACKAGES, type Booth, type BoothPackage } from '@pavilion/shared';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { Field } from '../../app/ui/Field';
import { ReadState } from '../../app/ui/ReadState';
import { useFormat } from '../../i18n/format';
import { useRefreshable } from '../../lib/useRefreshable';
import { boothKeys } from '../../net/boothQuery';
import { queryClient } from '../../net/queryClient';
import { rest } from '../../net/rest';
import { organizerApi, organizerKeys } from './organizerApi';
import { SectionHead } from './SectionHead';

type Outcome = { kind: 'saved'; name: string; package: BoothPackage } | { kind: 'failed'; name: string; error: unknown };

/**
 * Sets a booth's package (standard, double, island). The server places it (grows in place, or moves inside its
 * block) or refuses with the reason, which is shown; the hall list re-reads so the new footprint is listed.
 */
export function BoothPackages() {
  const { t } = useTranslation(['organizer', 'booth', 'common']);
  const f = useFormat();
  const ids = useId();
  const expo = useRefreshable(organizerKeys.packageHalls(), (signal) => rest.expo({ signal }));
  const [hallId, setHallId] = useState('');
  const hall = useRefreshable(organizerKeys.packageHall(hallId), (signal) => rest.hall(hallId, { signal }), hallId !== '');
  const [boothId, setBoothId] = useState('');
  const [pkg, setPkg] = useState<BoothPackage>('double');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const booths: Booth[] = hallId && hall.data ? [...hall.data.booths].sort((a, b) => a.name.localeCompare(b.name)) : [];
  const chosen = booths.find((b) => b.id === boothId);

  async function save() {
    if (!chosen) return;
    setBusy(true);
    setOutcome(null);
    try {
      const { booth } = await organizerApi.setBoothPackage(chosen.id, pkg);
      setOutcome({ kind: 'saved', name: booth.name, package: booth.package });
      hall.refresh();
      void queryClient.invalidateQueries({ queryKey: boothKeys.detail(booth.id) });
    } catch (error) {
      setOutcome({ kind: 'failed', name: chosen.name, error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card console-section" aria-labelledby={`${ids}-head`} data-testid="booth-packages">
      <SectionHead id={`${ids}-head`} title={t('organizer:packages.heading')} read={expo} />
      <p className="muted small">{t('organizer:packages.intro')}</p>
      <ReadState read={expo} failed={(reason) => t('organizer:loadFailed', { reason })} />
      <div className="console-filters">
        <Field id={`${ids}-hall`} label={t('organizer:packages.hallLabel')}>
          <select
            value={hallId}
            data-testid="package-hall"
            onChange={(e) => {
              setHallId(e.target.value);
              setBoothId('');
              setOutcome(null);
            }}
          >
            <option value="">—</option>
            {expo.data?.halls.map((h) => (
              <option key={h.id} value={h.id}>
                {f.hallName(h)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${ids}-booth`} label={t('organizer:packages.boothLabel')} className="field console-filters__grow">
          <select value={boothId} data-testid="package-booth" disabled={booths.length === 0} onChange={(e) => setBoothId(e.target.value)}>
            <option value="">{t('organizer:packages.chooseBooth')}</option>
            {booths.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name} · {t(`booth:package.${b.package}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id={`${ids}-package`} label={t('organizer:packages.packageLabel')}>
          <select value={pkg} data-testid="package-choice" onChange={(e) => setPkg(e.target.value as BoothPackage)}>
            {BOOTH_PACKAGES.map((p) => (
              <option key={p} value={p}>
                {t(`booth:package.${p}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {hallId && hall.data && <p className="muted small">{t('organizer:packages.count', { count: booths.length })}</p>}
      <p className="actions-row">
        <button type="button" className="button" disabled={!chosen || busy} onClick={() => void save()} data-testid="package-save">
          {t('organizer:packages.save')}
        </button>
      </p>
      {outcome?.kind === 'saved' && (
        <p role="status" data-testid="package-saved">
          {t('organizer:packages.saved', { name: outcome.name, package: t(`booth:package.${outcome.package}`) })}
        </p>
      )}
      {outcome?.kind === 'failed' && (
        <div className="console-error" role="alert" data-testid="package-failed">
          <span>{t('organizer:packages.failed', { name: outcome.name, reason: apiErrorText(outcome.error) })}</span>
        </div>
      )}
    </section>
  );
}
