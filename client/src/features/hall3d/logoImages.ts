/**
 * Booth logos as images the name boards can paint, loaded once per URL (the URL carries the logo's version, so a
 * loaded image never goes stale). A board painted before its logo arrived shows the monogram and is repainted when
 * `onLoaded` fires.
 */
const images = new Map<string, HTMLImageElement | 'loading' | 'failed'>();
const listeners = new Set<() => void>();

/** The logo if it is loaded; otherwise starts loading it (once) and answers null. */
export function logoImage(url: string): HTMLImageElement | null {
  const known = images.get(url);
  if (known instanceof HTMLImageElement) return known;
  if (known) return null;
  images.set(url, 'loading');
  const img = new Image();
  img.decoding = 'async';
  img.onload = () => {
    images.set(url, img);
    for (const l of listeners) l();
  };
  // A logo that will not load (gone, offline): the monogram stays, and nothing asks again this visit.
  img.onerror = () => images.set(url, 'failed');
  img.src = url;
  return null;
}

/** Calls `listener` whenever a logo finishes loading; returns the unsubscribe. */
export function onLogoLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
