import type { DraftAnalysis } from '../../../model/draft';
import type { Finding } from '../../../model/finding';
import type { Interaction } from '../../../model/types';
import { displayName } from '../../../people/displayName';
import type { ChecklistItem, ContactCheck } from '../types';
import { askWithinReach } from './ask-within-reach';
import { gaveBeforeAsking } from './gave-before-asking';
import { interestShown } from './interest-shown';
import { nextOccasionPlanned } from './next-occasion-planned';
import { recommendedBy } from './recommended-by';
import { recommendersInformed } from './recommenders-informed';

/** What every item reads: the contact's check so far, the draft's analysis, their history, now. */
export interface ChecklistInput extends Omit<ContactCheck, 'checklist'> {
  analysis?: DraftAnalysis;
  history: readonly Interaction[];
  now: number;
}

/** One item's verdict from the input, the contact's display name and the rules' findings. */
export type ChecklistRule = (x: ChecklistInput, name: string, of: (rule: Finding['rule']) => Finding[]) => ChecklistItem;

const ITEMS: readonly ChecklistRule[] = [recommendedBy, askWithinReach, interestShown, gaveBeforeAsking, recommendersInformed, nextOccasionPlanned];

/** The six items of the popup, each derived from the rules' findings and the data. */
export function buildChecklist(x: ChecklistInput): ChecklistItem[] {
  const name = displayName(x.contact);
  const of = (rule: Finding['rule']) => x.findings.filter((f) => f.rule === rule);
  return ITEMS.map((item) => item(x, name, of));
}
