import { useTranslation } from 'react-i18next';

/** The stages of opening a hall, each done or not: the bar shows real progress, not a timer. */
export interface LoadStages {
  data: boolean;
  engine: boolean;
  scene: boolean;
}

/** The progress bar shown while the floor plan, the 3D chunk and the first frame load. */
export function LoadingProgress({ title, stages }: { title: string; stages: LoadStages }) {
  const { t } = useTranslation(['hall']);
  const order = ['data', 'engine', 'scene'] as const;
  const done = order.filter((k) => stages[k]).length;
  const pct = Math.round((done / order.length) * 100);
  const current = order.find((k) => !stages[k]);
  return (
    <div className="hall-loading" role="status" aria-live="polite" data-testid="hall-loading">
      <div className="hall-loading__card">
        <p className="hall-loading__title">{title}</p>
        <div
          className="progress"
          role="progressbar"
          aria-label={t('hall:progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
        >
          <span style={{ width: `${Math.max(pct, 6)}%` }} />
        </div>
        <ol className="hall-loading__steps">
          {order.map((k) => (
            <li key={k} className={stages[k] ? 'done' : k === current ? 'current' : ''}>
              {t(`hall:steps.${k}`)}
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
