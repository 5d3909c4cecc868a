/** A tiny hash router: `#/path/parts?query`. */

export interface Route {
  /** decoded path parts: "#/actor/per%3Aputin" → ["actor", "per:putin"] */
  parts: string[];
  query: URLSearchParams;
}

/** Renders a route into root; `alive()` turns false once the user has navigated away. */
export type View = (root: HTMLElement, route: Route, alive: () => boolean) => Promise<void> | void;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const qi = raw.indexOf('?');
  const path = qi >= 0 ? raw.slice(0, qi) : raw;
  const query = new URLSearchParams(qi >= 0 ? raw.slice(qi + 1) : '');
  const parts = path
    .split('/')
    .filter(Boolean)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  return { parts, query };
}

/** Builds "#/path?query" from parts and params (empty params dropped). */
export function hashOf(parts: string[], params: Record<string, string | number | undefined> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const qs = q.toString();
  return '#/' + parts.map(encodeURIComponent).join('/') + (qs ? '?' + qs : '');
}
