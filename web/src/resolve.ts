/** From a name seen in one article to the corpus actor page. */
import { api } from './api.js';
import { actorHref, quotesHref } from './format.js';

/** Opens the page of the corpus actor an entity is filed under (`key`), else finds one for the name and type (the actor search when unsure). */
export async function goActor(name: string, type: string, key?: string): Promise<void> {
  if (key) {
    location.hash = actorHref(key);
    return;
  }
  try {
    const page = await api.actors({ q: name, type, limit: 20 });
    const lower = name.toLowerCase();
    const exact =
      page.items.find((a) => a.name.toLowerCase() === lower) ??
      page.items.find((a) => a.aliases.some((x) => x.toLowerCase() === lower)) ??
      (page.items.length === 1 ? page.items[0] : undefined);
    if (exact) {
      location.hash = actorHref(exact.key);
      return;
    }
    if (page.items.length) {
      location.hash = '#/actors?q=' + encodeURIComponent(name) + '&type=' + encodeURIComponent(type);
      return;
    }
  } catch {
    /* fall through */
  }
  location.hash = quotesHref({ speaker: name });
}
