import type { Exhibit, ExhibitDocument } from '@pavilion/shared';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../app/ui/apiErrorText';
import { useAppStore } from '../../store/appStore';
import { AccessLog } from './AccessLog';
import { dataroomApi, dataroomKeys, documentHref } from './dataroomApi';
import { formatBytes, kindOf } from './documentFormat';
import { NdaGate } from './NdaGate';
import { UploadForm } from './UploadForm';
import './dataroom.css';

/**
 * An exhibit's data room: its documents (type, size, NDA badge); for a buyer the NDA in full before the
 * confidential ones open; for the booth's staff an upload form and the access log. Read only once opened.
 */
export function DataRoom({ exhibit }: { exhibit: Pick<Exhibit, 'id' | 'orgId' | 'title'> }) {
  const { t } = useTranslation(['dataroom']);
  const user = useAppStore((s) => s.user);
  const [open, setOpen] = useState(false);
  if (!user) return null;
  const staff = user.orgId !== undefined && user.orgId === exhibit.orgId;
  return (
    <details className="data-room" data-testid={`data-room-${exhibit.id}`} onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t('dataroom:title')}</summary>
      {open && <DataRoomBody exhibitId={exhibit.id} staff={staff} />}
    </details>
  );
}

function DataRoomBody({ exhibitId, staff }: { exhibitId: string; staff: boolean }) {
  const { t } = useTranslation(['dataroom', 'common']);
  const docs = useQuery({ queryKey: dataroomKeys.documents(exhibitId), queryFn: ({ signal }) => dataroomApi.list(exhibitId, { signal }) });
  if (docs.error) return <p role="alert">{apiErrorText(docs.error)}</p>;
  if (!docs.data) return <p className="muted">{t('common:loading')}</p>;
  const { items, ndaAccepted } = docs.data;
  const hasNda = items.some((d) => d.nda);
  return (
    <div className="data-room__body">
      {items.length === 0 ? (
        <p className="muted">{t('dataroom:empty')}</p>
      ) : (
        <ul className="data-room__list">
          {items.map((d) => (
            <DocumentRow key={d.id} doc={d} canOpen={!d.nda || staff || ndaAccepted} />
          ))}
        </ul>
      )}
      {!staff && hasNda && !ndaAccepted && <NdaGate exhibitId={exhibitId} />}
      {!staff && ndaAccepted && <p className="data-room__accepted">{t('dataroom:nda.accepted')}</p>}
      {staff && <UploadForm exhibitId={exhibitId} />}
      {staff && <AccessLog exhibitId={exhibitId} />}
    </div>
  );
}

function DocumentRow({ doc, canOpen }: { doc: ExhibitDocument; canOpen: boolean }) {
  const { t, i18n } = useTranslation(['dataroom']);
  return (
    <li className="data-room__doc" data-testid={`document-${doc.id}`}>
      <span className={`chip data-room__kind data-room__kind--${kindOf(doc.contentType)}`}>
        {t(`dataroom:kind.${kindOf(doc.contentType)}`)}
      </span>
      <span className="data-room__doc-title">{doc.title}</span>
      <span className="muted data-room__size">{formatBytes(doc.size, i18n.language)}</span>
      {doc.nda ? (
        <span className="data-room__badge data-room__badge--nda">{t('dataroom:badge.nda')}</span>
      ) : (
        <span className="data-room__badge">{t('dataroom:badge.public')}</span>
      )}
      {canOpen ? (
        <span className="data-room__actions">
          <a href={documentHref(doc.id, false)} target="_blank" rel="noopener">
            {t('dataroom:open')}
          </a>
          <a href={documentHref(doc.id, true)} download data-testid={`download-${doc.id}`}>
            {t('dataroom:download')}
          </a>
        </span>
      ) : (
        <span className="muted data-room__locked">{t('dataroom:locked')}</span>
      )}
    </li>
  );
}
