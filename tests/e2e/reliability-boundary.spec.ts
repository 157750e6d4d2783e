// Messages across the boundary, in Chromium: a web page cannot reach Relais (no
// externally_connectable), and another installed extension that sends Relais well-formed messages
// is not heard (Relais listens to runtime.onMessage only, never onMessageExternal). Nothing is written.
import type { BrowserContext, Page } from '@playwright/test';
import { reportFigures } from '../reliability/figures';
import { extensionIdOf, FOREIGN_EXTENSION_DIR, launchWithExtensions, workersByName } from '../reliability/e2e/launch';
import { pendingCaptureKeys } from '../reliability/e2e/worker';
import { expect, fixtureHtml, readStore, test } from './fixtures';

const STORES = ['contacts', 'interactions', 'introductions', 'nextSteps', 'recommendationsMade', 'dueStates'];
const figures = { refused: 0, letIn: 0 };
test.afterAll(() => reportFigures('reliability: end to end', 'e2e-boundary', [{ label: 'messages from pages and other extensions refused', count: figures.refused, lost: figures.letIn }]));

const capture = {
  captureId: 'forgedcapture0001',
  kind: 'message-sent',
  at: Date.UTC(2026, 10, 25),
  text: 'Forged by someone else',
  surface: 'thread',
  recipients: [{ name: 'Eve Forger', profileUrl: 'https://www.linkedin.com/in/eve-forger/' }],
};
/** The wire format of @webext-core/messaging: what Relais' own scripts send. */
const wire = (type: string, data: unknown) => ({ id: 1, type, data, timestamp: Date.now() });
const MESSAGES = [
  wire('capture', capture),
  wire('pageSeen', { kind: 'profile', name: 'Eve Forger', profileUrl: 'https://www.linkedin.com/in/eve-forger/', mutualNames: [], hiring: true, openToWork: false }),
  wire('setContactFields', { contactId: 'linkedin:in/eve-forger', tier: 'close' }),
  wire('dismissDue', { key: 'keep-warm:linkedin:in/eve-forger' }),
  wire('refreshReminders', undefined),
  capture,
  'capture',
];

async function expectNothingWritten(page: Page) {
  for (const store of STORES) {
    const rows = await readStore(page, store);
    figures.letIn += rows.length;
    expect(rows, store).toEqual([]);
  }
  expect(await pendingCaptureKeys(page)).toEqual([]);
}

async function relaisPage(context: BrowserContext, relaisId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${relaisId}/popup.html`);
  return page;
}

test('a web page cannot send Relais anything', async ({ context, extensionId, extPage }) => {
  // A LinkedIn page Relais reads (but where it records nothing: not a conversation) and another site.
  await context.route('https://www.linkedin.com/**', (r) => r.fulfill({ contentType: 'text/html', body: fixtureHtml('jobs-search-en.html') }));
  await context.route('https://example.com/**', (r) => r.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Some site</title><p>Hello</p>' }));
  const db = await extPage('popup.html');
  for (const url of ['https://www.linkedin.com/jobs/search/?keywords=data', 'https://example.com/']) {
    const page = await context.newPage();
    await page.goto(url);
    const results = await page.evaluate(
      async ({ id, messages }) => {
        const out: string[] = [];
        const c = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => void; lastError?: { message: string } } } }).chrome;
        for (const message of messages) {
          if (typeof c?.runtime?.sendMessage !== 'function') {
            out.push('no chrome.runtime.sendMessage');
            continue;
          }
          out.push(
            await new Promise<string>((resolve) => {
              try {
                c.runtime!.sendMessage!(id, message, (response: unknown) => resolve(c.runtime?.lastError ? `error: ${c.runtime.lastError.message}` : `answered ${JSON.stringify(response)}`));
              } catch (e) {
                resolve(`threw: ${(e as Error).message}`);
              }
            }),
          );
        }
        // What a page can do to a content script: post to its own window, dispatch events.
        for (const message of messages) {
          window.postMessage(message, '*');
          document.dispatchEvent(new CustomEvent('relais', { detail: message }));
        }
        return out;
      },
      { id: extensionId, messages: MESSAGES },
    );
    for (const r of results) expect(r, url).not.toMatch(/^answered/);
    figures.refused += results.length * 2;
    await page.waitForTimeout(500);
    await page.close();
  }
  await expectNothingWritten(db);
});

test('another extension that sends Relais well-formed messages is not heard and writes nothing', async () => {
  const context = await launchWithExtensions([FOREIGN_EXTENSION_DIR]);
  try {
    const workers = await workersByName(context, 2);
    const foreign = workers['Foreign extension (Relais reliability tests)'];
    const relais = Object.entries(workers).find(([name]) => !name.startsWith('Foreign'))?.[1];
    expect(foreign).toBeTruthy();
    expect(relais).toBeTruthy();
    const relaisId = extensionIdOf(relais!);
    for (const message of MESSAGES) {
      const sent = await foreign.evaluate(([id, m]) => (self as unknown as { sendToRelais(i: string, m: unknown): Promise<{ response?: unknown; error?: string }> }).sendToRelais(id as string, m), [relaisId, message] as const);
      expect(sent.response, JSON.stringify(message).slice(0, 80)).toBeUndefined();
      expect(sent.error).toMatch(/Receiving end does not exist|Could not establish connection/);
      const port = await foreign.evaluate(([id, m]) => (self as unknown as { connectToRelais(i: string, m: unknown): Promise<{ answered?: unknown; error?: string }> }).connectToRelais(id as string, m), [relaisId, message] as const);
      expect(port.answered).toBeUndefined();
      expect(port.error).not.toBe('still open after 2 s');
      figures.refused += 2;
    }
    await expectNothingWritten(await relaisPage(context, relaisId));
  } finally {
    await context.close();
  }
});
