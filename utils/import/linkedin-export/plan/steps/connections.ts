import type { ConnectionRecord } from '../../parse/archive';
import type { ImportPlanner } from '../planner';

/** Connections first: they name most people, so the rows of later files join to them. */
export async function planConnections(planner: ImportPlanner, connections: readonly ConnectionRecord[]): Promise<void> {
  for (const c of connections) {
    await planner.tick();
    const id = planner.resolve(c.person);
    if (!id) continue;
    const f = planner.factsFor(id);
    f.connected = true;
    if (c.company) f.company = c.company;
    if (c.title) f.title = c.title;
    if (c.connectedAt !== undefined) f.connectedAt = Math.min(f.connectedAt ?? Infinity, c.connectedAt);
  }
}
