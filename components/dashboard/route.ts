import type { ContactId } from '../../utils/model/types';

export const VIEWS = ['contacts', 'due', 'duplicates', 'graph', 'recommendations', 'import'] as const;
export type View = (typeof VIEWS)[number];

export type Route = { view: View } | { view: 'contact'; contactId: ContactId };

/**
 * The dashboard's place, from the URL hash, so that a notification, the popup or a bookmark can
 * open it there: `#contact=<id>` (the id percent-encoded or not), `#due` (the popup's "more"), `#graph`…
 * Anything else is the contacts table.
 */
export function parseRoute(hash: string | null | undefined): Route {
  const raw = String(hash ?? '').replace(/^#/, '').slice(0, 2000);
  if (raw.startsWith('contact=')) {
    let id = raw.slice('contact='.length);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A stray % is kept as typed: the lookup will simply not find it.
    }
    if (id.trim()) return { view: 'contact', contactId: id.trim() };
  }
  const view = VIEWS.find((v) => v === raw);
  return { view: view ?? 'contacts' };
}

export function routeHash(route: Route): string {
  return route.view === 'contact' ? `#contact=${encodeURIComponent(route.contactId)}` : `#${route.view}`;
}
