// A browser restart on the same profile: a capture the worker could not write before the browser
// closed is written once at the next start, and the alarms are there again even if Chrome dropped
// them (Chrome does not promise alarms survive a restart: due times are data, alarms are wake-ups).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { reportFigures } from '../reliability/figures';
import { openThread, routesFor, sendButton, typeDraft } from '../reliability/e2e/linkedin';
import { alarmNames, holdDatabase, pendingCaptureKeys } from '../reliability/e2e/worker';
import { expect, launchWithExtension, readStore, routeLinkedIn, serviceWorkerOf, test } from './fixtures';

const figures = { restarts: 0, captures: 0, lost: 0 };
test.afterAll(() =>
  reportFigures('reliability: end to end', 'e2e-restart', [
    { label: 'browser restarts', count: figures.restarts },
    { label: 'captures written after a restart', count: figures.captures, lost: figures.lost },
  ]),
);

async function relaisPage(context: BrowserContext): Promise<Page> {
  const id = (await serviceWorkerOf(context)).url().split('/')[2];
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/popup.html`);
  return page;
}

test('after a restart the capture left pending is written once and the alarms exist again', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'relais-restart-'));
  try {
    let context = await launchWithExtension(dir);
    await routeLinkedIn(context, routesFor('daniel'));
    let db = await relaisPage(context);
    const page = await openThread(context, 'daniel');
    await typeDraft(page, 'Sent just before the browser closed');
    // The worker cannot write it before the browser goes: the capture is only in the pending store.
    await holdDatabase(db);
    await sendButton(page).click();
    await expect.poll(() => pendingCaptureKeys(db)).toHaveLength(1);
    const alarmsBefore = await alarmNames(db);
    expect(alarmsBefore).toContain('drain-pending');
    // As if Chrome had dropped them across the restart.
    await db.evaluate(() => (globalThis as unknown as { chrome: { alarms: { clearAll(): Promise<boolean> } } }).chrome.alarms.clearAll());
    expect(await alarmNames(db)).toEqual([]);
    await context.close();

    context = await launchWithExtension(dir);
    figures.restarts += 1;
    db = await relaisPage(context);
    await expect.poll(async () => (await readStore<{ text: string }>(db, 'interactions')).map((r) => r.text), { timeout: 20_000 }).toEqual(['Sent just before the browser closed']);
    await expect.poll(() => pendingCaptureKeys(db)).toEqual([]);
    // Every alarm the previous session had (the drain, and the reminders' digest and refresh once
    // they exist) is back.
    await expect.poll(() => alarmNames(db), { timeout: 10_000 }).toEqual(alarmsBefore);
    await db.waitForTimeout(1_000);
    const rows = await readStore(db, 'interactions');
    figures.lost += Math.abs(rows.length - 1);
    expect(rows).toHaveLength(1);
    figures.captures += 1;
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
