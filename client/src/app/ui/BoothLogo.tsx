import type { Booth } from '@pavilion/shared';
import { useTranslation } from 'react-i18next';
import { brandColour, monogram } from '../../lib/brand';

/**
 * An organization's logo on its booth: the uploaded image, or (when none was uploaded) its monogram on its generated
 * brand colour, the same tile the 3D hall paints on the booth's name board.
 */
export function BoothLogo({ booth, size = 56 }: { booth: Pick<Booth, 'orgName' | 'region' | 'logoUrl'>; size?: number }) {
  const { t } = useTranslation(['common']);
  if (booth.logoUrl) {
    return <img className="booth-logo" src={booth.logoUrl} width={size} height={size} alt={t('common:logoOf', { org: booth.orgName })} />;
  }
  return (
    <span
      className="booth-logo booth-logo--monogram"
      style={{ width: size, height: size, fontSize: Math.round(size * 0.38), background: brandColour(booth.orgName, booth.region) }}
      aria-hidden="true"
    >
      {monogram(booth.orgName)}
    </span>
  );
}
