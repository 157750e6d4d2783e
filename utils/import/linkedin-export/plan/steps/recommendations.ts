import type { Interaction, RecommendationMade } from '../../../../model/types';
import type { RecommendationRecord } from '../../parse/archive';
import { rowKey } from '../interactionKeys';
import type { ImportPlanner } from '../planner';

/**
 * Recommendations you wrote: a give, and a recommendation made whose outcome is unknown (the
 * "recommend only people you know" rule follows it). Returns their dates, the open outcomes.
 */
export async function planRecommendationsGiven(planner: ImportPlanner, given: readonly RecommendationRecord[]): Promise<number[]> {
  const dates: number[] = [];
  for (const r of given) {
    await planner.tick();
    if (r.at === undefined) {
      planner.undated++;
      continue;
    }
    const id = planner.resolve(r.person);
    if (!id) continue;
    dates.push(r.at);
    const key = rowKey('rec-given', [r.person.name, r.at, r.text]);
    const give: Interaction = { key, contactId: id, kind: 'give', giveKind: 'recommendation', at: r.at, site: 'linkedin', surface: 'import', source: 'import' };
    if (r.text) give.text = r.text;
    if (!planner.add(give)) continue;
    planner.report.recommendations.given++;
    if (planner.snapshot.recommendationsMade.some((x) => x.candidateId === id && x.at === r.at)) continue;
    // A public recommendation says you worked with them; its outcome is unknown from the export.
    const made: RecommendationMade = { candidateId: id, at: r.at, workedWith: true, outcome: 'no-news', source: 'import' };
    if (r.text) made.text = r.text;
    planner.recommendationsMade.push(made);
  }
  return dates;
}

/** Recommendations others wrote for you: what they gave. */
export async function planRecommendationsReceived(planner: ImportPlanner, received: readonly RecommendationRecord[]): Promise<void> {
  for (const r of received) {
    await planner.tick();
    if (r.at === undefined) {
      planner.undated++;
      continue;
    }
    const id = planner.resolve(r.person);
    if (!id) continue;
    const key = rowKey('rec-received', [r.person.name, r.at, r.text]);
    const got: Interaction = { key, contactId: id, kind: 'received-give', giveKind: 'recommendation', at: r.at, site: 'linkedin', surface: 'import', source: 'import' };
    if (r.text) got.text = r.text;
    if (planner.add(got)) planner.report.recommendations.received++;
  }
}
