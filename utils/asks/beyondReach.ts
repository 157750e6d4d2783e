import type { AskType } from '../model/types';

/** Job and referral are the asks a contact can rarely grant (seed 001: « vous ne demanderez jamais un poste »). */
export function isBeyondReachAsk(asks: readonly AskType[]): boolean {
  return asks.includes('job') || asks.includes('referral');
}
