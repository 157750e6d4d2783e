import type { Contact, ContactId, Interaction } from '../../model/types';
import type { Exchanges } from '../../rules/keptInTouch';
import type { StepLite } from './digestLists';

/** What a write did to the people the digest describes. */
export type Change =
  | { kind: 'contacts-put'; contacts: Contact[] }
  | { kind: 'contacts-deleted'; ids: ContactId[] }
  | { kind: 'contacts-cleared' }
  /**
   * Their histories changed: the chain state of those in an introduction follows — from the rows
   * added alone when that is all the write did (`added`, by person), else from their history.
   */
  | { kind: 'histories'; ids: ContactId[]; added?: Map<ContactId, Interaction[]>; exchanges: Map<ContactId, Exchanges> }
  /** Their introductions changed: the list is read again; whether they are in one, and their rows, made again. */
  | { kind: 'introductions'; ids: ContactId[] }
  | { kind: 'all-histories-cleared' }
  | { kind: 'all-introductions-cleared' }
  /** Next steps written (kept while not done) or deleted, by id. */
  | { kind: 'steps'; written: [number, StepLite | undefined][]; deleted: number[] }
  | { kind: 'all-steps-cleared' };
