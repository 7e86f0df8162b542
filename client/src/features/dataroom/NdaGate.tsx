import { NDA } from '@pavilion/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Refusal } from '../../app/ui/Refusal';
import { dataroomApi, dataroomKeys } from './dataroomApi';

/** The NDA text in the reader's language: simplified Chinese, traditional Chinese or English. */
function ndaText(lng: string): readonly string[] {
  if (lng === 'zh-HK' || lng.startsWith('zh-Hant')) return NDA.text['zh-HK'];
  if (lng.startsWith('zh')) return NDA.text['zh-CN'];
  return NDA.text.en;
}

/** The exhibit's NDA, shown in full, and the one button that accepts this version of it. */
export function NdaGate({ exhibitId }: { exhibitId: string }) {
  const { t, i18n } = useTranslation(['dataroom']);
  const client = useQueryClient();
  const accept = useMutation({
    mutationFn: () => dataroomApi.acceptNda(exhibitId, NDA.version),
    onSuccess: () => client.invalidateQueries({ queryKey: dataroomKeys.documents(exhibitId) }),
  });
  const [heading, ...clauses] = ndaText(i18n.language);
  return (
    <section className="data-room__nda" aria-labelledby={`nda-${exhibitId}`} data-testid="nda">
      <h5 id={`nda-${exhibitId}`}>{heading}</h5>
      <p className="muted">{t('dataroom:nda.intro', { version: NDA.version })}</p>
      <div className="data-room__nda-text">
        {clauses.map((c) => (
          <p key={c}>{c}</p>
        ))}
      </div>
      <button type="button" className="button" disabled={accept.isPending} onClick={() => accept.mutate()}>
        {t('dataroom:nda.accept')}
      </button>
      <Refusal error={accept.error} className="field-error" />
    </section>
  );
}
