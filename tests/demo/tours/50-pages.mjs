// LinkedIn as it really is in 2026 (tests/fixtures/linkedin-real/README.md): a profile whose card
// holds two degrees, a hiring card, a messaging overlay with hashed classes (French), an invitation
// naming only a first name, a thread sharing a video. Then what Relais made of them: the
// dashboard's contacts, and the popup beside the overlay.
import { readFileSync } from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve('tests/fixtures/linkedin');
const PAGES = {
  '/in/lejla-mehmedovic-7c31a9/': 'profile-sdui-2026-degree-en.html',
  '/in/rachel-nguyen-qa/': 'profile-sdui-2026-hiring-en.html',
  '/in/julie-petit-5b2c8a/': 'invitation-firstname-2026-fr.html',
  '/feed/': 'overlay-hashed-2026-fr.html',
  '/messaging/thread/2-QWxpY2UtYW5kZXJzb24tdGhyZWFkLTAwNw/': 'thread-shared-media-en.html',
};

export default async function pages({ context, page, extensionId, shot }) {
  // Later routes win: these pages only for this tour.
  await context.route('https://www.linkedin.com/**', (route) => {
    const file = PAGES[new URL(route.request().url()).pathname];
    return file ? route.fulfill({ contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(FIXTURES, file), 'utf8') }) : route.fallback();
  });
  for (const p of ['/in/lejla-mehmedovic-7c31a9/', '/in/rachel-nguyen-qa/', '/messaging/thread/2-QWxpY2UtYW5kZXJzb24tdGhyZWFkLTAwNw/']) {
    await page.goto(`https://www.linkedin.com${p}`);
    await page.waitForTimeout(1200);
  }
  // An invitation sent from a dialog that says only « Julie ».
  await page.goto('https://www.linkedin.com/in/julie-petit-5b2c8a/');
  await page.waitForTimeout(800);
  await page.getByRole('button', { name: 'Envoyer sans note' }).click();
  await page.waitForTimeout(1000);
  // A message sent with Enter from the 2026 overlay (classes hashed, inside a shadow root).
  await page.goto('https://www.linkedin.com/feed/');
  const box = page.locator('[role="dialog"][aria-label="Conversation avec Inès Moreau"] [role="textbox"]');
  await box.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Merci Inès ! Nadia avait raison, je regarde le post d’Hugo ce soir.');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1000);

  const ext = await context.newPage();
  await ext.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await ext.evaluate(async () => (await chrome.tabs.query({ url: 'https://www.linkedin.com/feed/*' }))[0]?.id);
  await ext.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await ext.waitForTimeout(1500);
  await shot(ext, 'pages-popup-hashed-overlay');
  // The same popup with Relais in French (the settings' language), as the user of this French page may have it.
  await ext.evaluate(async () => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), language: 'fr' } });
  });
  await ext.reload();
  await ext.waitForTimeout(1500);
  await shot(ext, 'pages-popup-hashed-overlay-fr');
  await ext.evaluate(async () => {
    const { settings } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...(settings ?? {}), language: 'auto' } });
  });
  await ext.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await ext.waitForTimeout(2000);
  await shot(ext, 'pages-dashboard-contacts');
  const rows = await ext.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('relais');
        open.onsuccess = () => {
          const tx = open.result.transaction(['contacts', 'interactions']);
          const out = {};
          tx.objectStore('contacts').getAll().onsuccess = (e) =>
            (out.contacts = e.target.result.map((c) => `${c.name} — degree ${c.degree ?? '?'}, ${c.company ?? 'no company'}, ${c.mutualCount ?? 0} mutual${c.hiring ? ', hiring' : ''}`));
          tx.objectStore('interactions').getAll().onsuccess = (e) => (out.interactions = e.target.result.map((i) => `${i.kind} → ${i.contactId}: ${i.text}`));
          tx.oncomplete = () => resolve(out);
        };
      }),
  );
  console.log(JSON.stringify(rows, null, 2));
  await ext.close();
}
