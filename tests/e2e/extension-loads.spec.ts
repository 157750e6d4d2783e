import { expect, test } from './fixtures';

test('the built extension loads and its popup opens', async ({ extPage }) => {
  const popup = await extPage('popup.html');
  await expect(popup.locator('main')).toBeVisible();
});
