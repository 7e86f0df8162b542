import { compactYuan, formatMoney, type Money } from '@pavilion/shared';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** A price as shoppers read it: `¥1,867,000,000` (every locale groups by its own rules). */
export function formatPrice(money: Money, locale: string): string {
  return formatMoney(money, locale);
}

/** A headline figure the way an organizer announces it: `¥1.867 billion` (en) or `18.67亿元` (zh-CN). */
export function formatHeadline(money: Money, locale: string, t: TFunction): string {
  return t('money.compact', { value: compactYuan(money, locale), lng: locale });
}

/** A plain count with the locale's grouping: `2,469`. */
export function formatCount(n: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(n);
}

/** The hall's display name: translated by hall id, the server's name when the catalog has none. */
export function hallName(t: TFunction, hall: { id: string; name: string }): string {
  return t(`halls.names.${hall.id}`, { defaultValue: hall.name });
}

/** Formatting bound to the active language, for components. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(
    () => ({
      lng,
      price: (m: Money) => formatPrice(m, lng),
      headline: (m: Money) => formatHeadline(m, lng, t),
      count: (n: number) => formatCount(n, lng),
      hallName: (hall: { id: string; name: string }) => hallName(t, hall),
    }),
    [lng, t],
  );
}
