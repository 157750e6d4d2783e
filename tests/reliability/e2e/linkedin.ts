import type { BrowserContext, Page } from '@playwright/test';

export const THREADS = {
  daniel: { path: '/messaging/thread/2-ZGFuaWVsLW9rYWZvci10aHJlYWQtMDAx/', fixture: 'thread-en.html', contactId: 'linkedin:in/ACoAAFnO4TREIt8E1g80tQf-k6PGHfGERFTAy' },
  lea: { path: '/messaging/thread/2-bGVhLW1hcmNoYW5kLXRocmVhZC0wMDQ/', fixture: 'thread-fr.html', contactId: 'linkedin:in/lea-marchand-5c2e91' },
  group: { path: '/messaging/thread/2-Z3JvdXAtY2xpbWF0ZS10aHJlYWQtMDA2/', fixture: 'thread-group-en.html', contactId: '' },
} as const;

export const routesFor = (...threads: (keyof typeof THREADS)[]) => Object.fromEntries(threads.map((t) => [THREADS[t].path, THREADS[t].fixture]));

export async function openThread(context: BrowserContext, thread: keyof typeof THREADS): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${THREADS[thread].path}`);
  return page;
}

/** Replaces the draft in the page's composer with `text`, typed. */
export async function typeDraft(page: Page, text: string): Promise<void> {
  const composer = page.locator('[role="textbox"][contenteditable="true"]').first();
  await composer.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

export const sendButton = (page: Page) => page.locator('.msg-form__send-button').first();
