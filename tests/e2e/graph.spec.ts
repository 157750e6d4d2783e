import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { clearNetwork, seedNetwork } from './seed/seedNetwork.mjs';

// The recommendation graph as a person sees it in a 1280×800 window: every name readable (no two
// overlap) and the whole drawing on screen when it opens, with 60 people and with 300 (then it
// opens on the news owed, and everyone is one click away).

/** Pairs of drawn names whose boxes overlap on screen. */
async function overlappingLabels(page: Page): Promise<string[]> {
  return page.locator('svg.chain-graph .node text.label').evaluateAll((els) => {
    const boxes = els.map((e) => ({ text: e.textContent ?? '', r: e.getBoundingClientRect() }));
    const out: string[] = [];
    for (let a = 0; a < boxes.length; a++)
      for (let b = a + 1; b < boxes.length; b++) {
        const [p, q] = [boxes[a].r, boxes[b].r];
        if (p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom) out.push(`${boxes[a].text} / ${boxes[b].text}`);
      }
    return out;
  });
}

/** Whether the whole drawing is inside the window and its frame, with nothing to scroll to. */
async function fitsOnOpening(page: Page): Promise<{ inWindow: boolean; nothingHidden: boolean }> {
  return page.evaluate(() => {
    const svg = document.querySelector('svg.chain-graph')!.getBoundingClientRect();
    const frame = document.querySelector('.graph-scroll')!;
    return {
      inWindow: svg.left >= 0 && svg.top >= 0 && svg.right <= innerWidth && svg.bottom <= innerHeight,
      nothingHidden: frame.scrollWidth <= frame.clientWidth + 1 && frame.scrollHeight <= frame.clientHeight + 1,
    };
  });
}

test('the graph at 1280×800: 60 and 300 people, names never overlap, the drawing fits on opening', async ({ extPage }) => {
  const page = await extPage('manifest.json');
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const people of [60, 300]) {
    await clearNetwork(page);
    await seedNetwork(page, people);
    await page.goto(page.url().replace(/[^/]+$/, 'dashboard.html#graph'));
    const labels = page.locator('svg.chain-graph .node text.label');
    if (people <= 80) await expect(labels).toHaveCount(people + 1);
    else {
      // Past 80 people: those owed news and the way to them, at most 80, and a way to see everyone.
      await expect(labels.first()).toBeVisible();
      const shown = await labels.count();
      expect(shown).toBeGreaterThan(10);
      expect(shown).toBeLessThanOrEqual(81);
      await expect(page.locator('.graph-focus')).toContainText(`of ${people} people`);
      expect(await page.locator('svg.chain-graph .node.owed-due, svg.chain-graph .node.owed-pending').count()).toBeGreaterThan(0);
    }
    await expect(page.locator('svg.chain-graph')).toBeVisible();
    expect(await overlappingLabels(page)).toEqual([]);
    expect(await fitsOnOpening(page)).toEqual({ inWindow: true, nothingHidden: true });
    // Readable: not shrunk below 80 % on opening.
    expect(Number((await page.locator('.zoom [aria-live]').textContent())!.replace(/\D/g, ''))).toBeGreaterThanOrEqual(80);
    // A shortened name is whole on hover and in the link's name.
    const short = page.locator('svg.chain-graph a.node', { has: page.locator('text.label', { hasText: '…' }) }).first();
    if (await short.count()) {
      await short.hover();
      await expect(page.locator('svg.chain-graph .whole-name text')).not.toContainText('…');
      await expect(short).toHaveAttribute('aria-label', /^[^…]+$/);
    }
    if (people > 80) {
      await page.getByRole('button', { name: `Show all ${people}` }).click();
      await expect(labels).toHaveCount(people + 1);
      expect(await overlappingLabels(page)).toEqual([]);
    }
  }
});
