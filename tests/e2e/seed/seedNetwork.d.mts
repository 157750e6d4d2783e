import type { Page } from '@playwright/test';

export interface Seeded {
  contacts: number;
  introductions: number;
  /** The contact with fourteen months of history. */
  busiest: string;
  /** The three David Martins' ids. */
  davids: string[];
}
export function seedNetwork(page: Page, people: number, now?: number): Promise<Seeded>;
export function clearNetwork(page: Page): Promise<void>;
