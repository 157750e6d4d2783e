// The first send: a profile seen, a draft that asks for a referral in a thread, the popup and side
// panel before the send, then the popup after it, and what Relais recorded.
export default async function firstSend({ context, page, extensionId, shot }) {
  await page.goto('https://www.linkedin.com/in/anne-sophie-delorme-8c14e07b/');
  await page.waitForTimeout(800);
  await page.goto('https://www.linkedin.com/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/');
  const box = page.locator('.msg-form__contenteditable');
  await box.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Hi Daniel, Marc Dupont suggested I write. Could you refer me for the data engineer opening?');
  await page.waitForTimeout(800);
  // The popup and side panel as they look beside that LinkedIn tab, with the draft not yet sent.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const tabId = await popup.evaluate(async () => (await chrome.tabs.query({ url: 'https://www.linkedin.com/messaging/*' }))[0]?.id);
  for (const view of ['popup', 'sidepanel']) {
    await popup.goto(`chrome-extension://${extensionId}/${view}.html?tab=${tabId}`);
    await popup.waitForTimeout(1200);
    await shot(popup, `${view}-before-send`);
  }
  await page.bringToFront();
  await page.locator('.msg-form__send-button').click();
  await page.waitForTimeout(800);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await popup.waitForTimeout(1000);
  await shot(popup, 'popup');
  const rows = await popup.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('relais');
        open.onsuccess = () => {
          const tx = open.result.transaction(['contacts', 'interactions']);
          const out = {};
          tx.objectStore('contacts').getAll().onsuccess = (e) => (out.contacts = e.target.result.map((c) => `${c.name} (${c.id})`));
          tx.objectStore('interactions').getAll().onsuccess = (e) => (out.interactions = e.target.result.map((i) => `${i.kind} → ${i.contactId}: ${i.text}`));
          tx.oncomplete = () => resolve(out);
        };
      }),
  );
  console.log(JSON.stringify(rows, null, 2));
  await popup.close();
}
