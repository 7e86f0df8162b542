/**
 * Booth logos as images the name boards and the fascia logo atlas can paint, loaded once per URL (the URL carries
 * the logo's version, so a loaded image never goes stale). A tile painted before its logo arrived shows the monogram
 * and is repainted when `onLogoLoaded` fires. At most {@link MAX_LOADING} images load at once: a hall of 600 booths
 * with logos asks for them a few at a time, near boards ("urgent") ahead of far fascia tiles.
 */
const images = new Map<string, HTMLImageElement | 'queued' | 'loading' | 'failed'>();
const listeners = new Set<() => void>();
/** Logo downloads in flight at most. */
export const MAX_LOADING = 4;
/** Waiting URLs, first served first (urgent ones are put at the front). */
let waiting: string[] = [];
let loading = 0;

function start(url: string): void {
  images.set(url, 'loading');
  loading++;
  const img = new Image();
  img.decoding = 'async';
  const done = () => {
    loading--;
    next();
  };
  img.onload = () => {
    images.set(url, img);
    done();
    for (const l of listeners) l();
  };
  // A logo that will not load (gone, offline): the monogram stays, and nothing asks again this visit.
  img.onerror = () => {
    images.set(url, 'failed');
    done();
  };
  img.src = url;
}

function next(): void {
  while (loading < MAX_LOADING && waiting.length > 0) {
    const url = waiting.shift() as string;
    if (images.get(url) === 'queued') start(url);
  }
}

/** The logo if it is loaded; otherwise queues it (once; `urgent` moves it to the front) and answers null. */
export function logoImage(url: string, urgent = true): HTMLImageElement | null {
  const known = images.get(url);
  if (known instanceof HTMLImageElement) return known;
  if (known === 'loading' || known === 'failed') return null;
  if (known === 'queued') {
    if (urgent) waiting = [url, ...waiting.filter((u) => u !== url)];
  } else {
    images.set(url, 'queued');
    if (urgent) waiting.unshift(url);
    else waiting.push(url);
  }
  next();
  return null;
}

/** Calls `listener` whenever a logo finishes loading; returns the unsubscribe. */
export function onLogoLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
