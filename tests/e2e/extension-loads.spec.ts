import { expect, test } from './fixtures';

test('the built extension loads and its popup opens', async ({ extPage }) => {
  const popup = await extPage('popup.html');
  await expect(popup.locator('main')).toBeVisible();
});

// The popup is judged on how fast its checklist appears: every file its first frame loads is a
// round trip to the browser process, and the database and the engine load only after that frame.
test('the popup’s first frame loads two scripts, with no database or engine code in them, and its styles are in the page', async ({ extPage }) => {
  const popup = await extPage('popup.html');
  const { scripts, linkedStyles } = await popup.evaluate(async () => {
    const html = new DOMParser().parseFromString(await (await fetch('/popup.html')).text(), 'text/html');
    const urls = [...html.querySelectorAll('script[src], link[rel="modulepreload"]')].map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '');
    return {
      scripts: await Promise.all(urls.map(async (url) => ({ url, code: await (await fetch(url)).text() }))),
      linkedStyles: html.querySelectorAll('link[rel="stylesheet"]').length,
    };
  });
  expect(scripts.map((s) => s.url)).toHaveLength(2);
  expect(linkedStyles).toBe(0);
  // Styled all the same: the popup's width and the checklist's system font.
  expect(await popup.evaluate(() => getComputedStyle(document.body).minWidth)).toBe('380px');
  expect(await popup.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('system-ui');
  for (const { url, code } of scripts) {
    expect(code.length, url).toBeGreaterThan(0);
    expect(code, `${url} opens no database`).not.toContain('indexedDB');
    expect(code, `${url} holds no rule engine`).not.toContain('recommender-not-informed');
  }
});
