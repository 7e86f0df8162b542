/** Adds a DOM event listener; returns what removes it again. */
export function listen<K extends keyof WindowEventMap>(target: Window, type: K, handler: (e: WindowEventMap[K]) => void): () => void;
export function listen<K extends keyof HTMLElementEventMap>(
  target: HTMLElement,
  type: K,
  handler: (e: HTMLElementEventMap[K]) => void,
): () => void;
export function listen(target: EventTarget, type: string, handler: (e: Event) => void): () => void {
  target.addEventListener(type, handler);
  return () => target.removeEventListener(type, handler);
}

/** One clean-up that runs each of these (listeners added together, say). */
export function cleanUpAll(...cleanUps: (() => void)[]): () => void {
  return () => {
    for (const cleanUp of cleanUps) cleanUp();
  };
}
