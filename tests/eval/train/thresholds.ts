// Where the calibrated probabilities become decisions, chosen on the dev split. A label of the most
// probable set is stated from `state` up and "not sure" below it; a label outside the set is "not
// sure" from `flag` up. Both are read off dev, label by label where dev holds enough of the label,
// else from all labels pooled.

export interface DevPoint {
  /** Calibrated probability of the label. */
  p: number;
  /** The label is in the most probable set. */
  chosen: boolean;
  /** The message carries the label. */
  y: boolean;
}

/** Candidate thresholds: a coarse grid, so a handful of dev messages cannot pick an odd value. */
const GRID = Array.from({ length: 13 }, (_, i) => 0.05 + i * 0.05);
/** Fewer positives than this on dev, and a label's thresholds come from all labels pooled. */
export const MIN_POSITIVES = 8;

export interface ThresholdTargets {
  /** Precision the stated labels must reach on dev. */
  statePrecision: number;
  /** A "not sure" flag must be right at least this often on dev: a doubt, not noise. */
  flagPrecision: number;
}

const precision = (points: readonly DevPoint[]) => (points.length ? points.filter((x) => x.y).length / points.length : 1);

/**
 * `state`: the lowest threshold at which the chosen labels at or above it reach the target
 * precision (0 when they all do). `flag`: the lowest threshold at which the labels left out of the
 * set but at or above it are right often enough; 1 (never) when none is.
 */
export function chooseThresholds(label: readonly DevPoint[], pooled: readonly DevPoint[], t: ThresholdTargets): { state: number; flag: number } {
  const points = label.filter((x) => x.y).length >= MIN_POSITIVES ? label : pooled;
  const chosen = points.filter((x) => x.chosen);
  let state = 0;
  if (precision(chosen) < t.statePrecision) {
    state = GRID.find((g) => precision(chosen.filter((x) => x.p >= g)) >= t.statePrecision) ?? 0.5;
  }
  const left = points.filter((x) => !x.chosen);
  let flag = 1;
  for (const g of GRID) {
    const above = left.filter((x) => x.p >= g);
    if (above.length >= 2 && precision(above) >= t.flagPrecision) {
      flag = g;
      break;
    }
  }
  return { state: round(state), flag: round(flag) };
}

const round = (x: number) => Math.round(x * 100) / 100;
