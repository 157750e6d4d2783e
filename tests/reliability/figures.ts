import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The reliability suite's figures (records upgraded, faults injected, documents mutated, payloads
 * refused, and what was lost: always 0). Test files run in parallel worker processes, so each file
 * writes its own figures under a directory named after the runner's process, then prints the
 * totals of every file finished so far: the last table printed is the whole run's.
 */
export interface Figure {
  label: string;
  count: number;
  /** What was lost or let through while doing it (the suite fails unless it is 0). */
  lost?: number;
}

const runDir = () => path.join(tmpdir(), `relais-reliability-${process.ppid}`);

/** One record per test file and worker process (a runner restarts its worker after a failure). */
export function recordFigures(file: string, figures: Figure[]): void {
  mkdirSync(runDir(), { recursive: true });
  writeFileSync(path.join(runDir(), `${file.replace(/[^\w.-]/g, '_')}-${process.pid}.json`), JSON.stringify(figures));
}

export function figuresTable(title: string): string {
  const totals = new Map<string, { count: number; lost: number }>();
  for (const f of readdirSync(runDir()).sort()) {
    for (const fig of JSON.parse(readFileSync(path.join(runDir(), f), 'utf8')) as Figure[]) {
      const t = totals.get(fig.label) ?? { count: 0, lost: 0 };
      totals.set(fig.label, { count: t.count + fig.count, lost: t.lost + (fig.lost ?? 0) });
    }
  }
  const fmt = (n: number) => n.toLocaleString('en-US');
  const width = Math.max(...[...totals.keys()].map((k) => k.length), 10);
  const lines = [...totals].map(([label, t]) => `  ${label.padEnd(width)}  ${fmt(t.count).padStart(9)}   lost or let in: ${fmt(t.lost)}`);
  return [`── ${title} ──`, ...lines].join('\n');
}

/** Records this file's figures and prints the running totals. */
export function reportFigures(title: string, file: string, figures: Figure[]): void {
  recordFigures(file, figures);
  console.log(figuresTable(title));
}
