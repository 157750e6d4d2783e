// @vitest-environment happy-dom
// Hostile and broken LinkedIn pages, documents 501–1000 of 1,000 (the suite is in
// tests/reliability/hostileSuite.ts; two files so that Vitest parses them in parallel).
import { defineHostileSuite } from '../../reliability/hostileSuite';

defineHostileSuite('hostile-pages-second', 500, 500);
