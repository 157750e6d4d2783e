import type { Settings } from '../model/settings';
import type { Contact, Tier } from '../model/types';
import { finiteOr } from './calendar';

const TIERS: readonly Tier[] = ['close', 'regular', 'weak'];

/** The contact's tier; contacts the user never sorted are `regular`. */
export function tierOf(contact: Pick<Contact, 'tier'>): Tier {
  return contact.tier && TIERS.includes(contact.tier) ? contact.tier : 'regular';
}

/** Days between exchanges for this contact: their own cadence when set, else their tier's. */
export function cadenceDaysOf(contact: Pick<Contact, 'tier' | 'cadenceDays'>, settings: Pick<Settings, 'cadenceDays'>): number {
  const own = contact.cadenceDays;
  if (typeof own === 'number' && Number.isFinite(own) && own > 0) return own;
  const tier = tierOf(contact);
  return finiteOr(settings.cadenceDays?.[tier], { close: 30, regular: 90, weak: 180 }[tier]) || 1;
}
