// Platt scaling with the cues' verdict beside the model's margin: p = σ(a·margin + b·cue + c),
// fitted by Newton's method on the dev split (a fixed number of steps: deterministic).

export interface CalibrationPoint {
  margin: number;
  cue: 0 | 1;
  /** 1 when the message carries the label. */
  y: 0 | 1;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves the 3×3 system A·x = g (A symmetric positive definite), by Gaussian elimination. */
function solve3(A: number[][], g: number[]): number[] {
  const m = A.map((row, i) => [...row, g[i]!]);
  for (let c = 0; c < 3; c++) {
    let p = c;
    for (let r = c + 1; r < 3; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = 0; r < 3; r++) {
      if (r === c || m[c]![c] === 0) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k < 4; k++) m[r]![k] -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[3]! / row[i]!));
}

/**
 * Fits [a, b, c]. Targets are Platt's smoothed ones ((n₊+1)/(n₊+2), 1/(n₋+2)) so a label seen a
 * few times on dev does not get a certainty it has not earned; a ridge pulling toward "trust the
 * margin as it is" (a = 1, b = 0, c = 0) keeps the fit finite when dev separates the label, and
 * leaves a label dev barely holds close to the model's own probability.
 */
export function fitPlatt(points: readonly CalibrationPoint[], ridge = 1): [number, number, number] {
  const pos = points.filter((p) => p.y === 1).length;
  const neg = points.length - pos;
  const hi = (pos + 1) / (pos + 2);
  const lo = 1 / (neg + 2);
  let w = [1, 0, 0];
  for (let step = 0; step < 50; step++) {
    const H = [
      [ridge, 0, 0],
      [0, ridge, 0],
      [0, 0, ridge],
    ];
    const g = [ridge * (w[0]! - 1), ridge * w[1]!, ridge * w[2]!];
    for (const p of points) {
      const x = [p.margin, p.cue, 1];
      const q = sigmoid(w[0]! * x[0]! + w[1]! * x[1]! + w[2]!);
      const t = p.y ? hi : lo;
      const d = q * (1 - q);
      for (let i = 0; i < 3; i++) {
        g[i] += (q - t) * x[i]!;
        for (let j = 0; j < 3; j++) H[i]![j] += d * x[i]! * x[j]!;
      }
    }
    const delta = solve3(H, g);
    w = w.map((v, i) => v - delta[i]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-10) break;
  }
  return [w[0]!, w[1]!, w[2]!];
}
