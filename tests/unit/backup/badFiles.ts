import { CURRENT_SCHEMA_VERSION } from '../../../utils/db/schema';
import { BACKUP_TABLES, type BackupTableName } from '../../../utils/backup/format';
import { makeBackup } from '../../../utils/backup/makeBackup';
import type { BackupProblem } from '../../../utils/backup/problem';
import { rng, sampleTables } from './sampleTables';

export interface BadFile {
  family: string;
  name: string;
  text: string;
  /** What the refusal must say, at least. */
  expect: Partial<BackupProblem> | Partial<BackupProblem>[];
}

/** Values that are wrong for any field of the given kind, whatever the record. */
const WRONG: Record<string, unknown[]> = {
  string: [42, null, true, {}, [], ['a']],
  contactId: ['', 'not an id', 'linkedin:in/has space', 'https://www.linkedin.com/in/x/', 'linkedin:in/<script>', `linkedin:in/${'a'.repeat(400)}`, 7, null],
  time: [-1, '2024-01-01', null, 1e300, true, {}],
  rowId: [0, -5, 1.5, '7', null, 2 ** 60],
  bool: ['yes', 1, null, 'false'],
  url: ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', '\u0000javascript:alert(1)', 'https://evil.example/in/x', 'https://www.linkedin.com.evil.example/in/x', 'https://user:pw@www.linkedin.com/in/x', 'www.linkedin.com/in/x', 'data:text/html,<b>x</b>', 'vbscript:x', 5, `https://x/${'a'.repeat(5000)}`],
  idList: ['linkedin:in/x', [1], ['bad id'], null],
};

/** For each table, its fields: the kind of value each must hold, and the enum-like ones with values out of their set. */
const FIELDS: Record<BackupTableName, Record<string, { kind: keyof typeof WRONG | 'enum'; required: boolean; bad?: unknown[]; tooLong?: number }>> = {
  contacts: {
    id: { kind: 'contactId', required: true },
    site: { kind: 'enum', required: true, bad: ['facebook', '', 'LinkedIn', null] },
    name: { kind: 'string', required: true, tooLong: 1_000 },
    profileUrl: { kind: 'url', required: false },
    aliases: { kind: 'idList', required: true },
    headline: { kind: 'string', required: false, tooLong: 2_000 },
    degree: { kind: 'enum', required: false, bad: [0, 4, '1', 1.5] },
    mutualCount: { kind: 'enum', required: false, bad: [-1, 1.5, '3', 1e9] },
    tier: { kind: 'enum', required: false, bad: ['best', 'CLOSE', 3] },
    cadenceDays: { kind: 'enum', required: false, bad: [0, 3651, 2.5, '30'] },
    reachOverrides: { kind: 'enum', required: false, bad: [{ job: 'maybe' }, { salary: 'within' }, 'within', []] },
    notes: { kind: 'string', required: false, tooLong: 100_000 },
    createdAt: { kind: 'time', required: true },
    updatedAt: { kind: 'time', required: true },
    workedWith: { kind: 'bool', required: false },
  },
  interactions: {
    id: { kind: 'rowId', required: true },
    key: { kind: 'string', required: true, tooLong: 1_024 },
    contactId: { kind: 'contactId', required: true },
    kind: { kind: 'enum', required: true, bad: ['hacked', 'message', '', 0] },
    at: { kind: 'time', required: true },
    text: { kind: 'string', required: false, tooLong: 100_000 },
    asks: { kind: 'enum', required: false, bad: ['job', ['salary'], [1], Array(9).fill('job')] },
    site: { kind: 'enum', required: true, bad: ['twitter'] },
    threadUrl: { kind: 'url', required: false },
    groupContactIds: { kind: 'idList', required: false },
    source: { kind: 'enum', required: true, bad: ['robot', null] },
  },
  introductions: {
    id: { kind: 'rowId', required: true },
    recommenderId: { kind: 'contactId', required: true },
    contactId: { kind: 'contactId', required: true },
    at: { kind: 'time', required: true },
    source: { kind: 'enum', required: true, bad: ['capture', 'x'] },
  },
  nextSteps: {
    id: { kind: 'rowId', required: true },
    contactId: { kind: 'contactId', required: true },
    kind: { kind: 'enum', required: true, bad: ['todo'] },
    text: { kind: 'string', required: true, tooLong: 100_000 },
    due: { kind: 'time', required: true },
    doneAt: { kind: 'time', required: false },
    promised: { kind: 'enum', required: false, bad: ['money', 1, null] },
  },
  recommendationsMade: {
    id: { kind: 'rowId', required: true },
    candidateId: { kind: 'contactId', required: true },
    toContactId: { kind: 'contactId', required: false },
    workedWith: { kind: 'bool', required: true },
    outcome: { kind: 'enum', required: true, bad: ['won', 'Pending'] },
  },
  dueStates: {
    key: { kind: 'string', required: true, tooLong: 1_024 },
    snoozedUntil: { kind: 'time', required: false },
    dismissedAt: { kind: 'time', required: false },
  },
};

type Json = Record<string, unknown>;
const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** A small valid backup (about 60 records) to break in every way. */
export const BASE_TABLES = sampleTables(60, 3);
export const BASE_TEXT = JSON.stringify(makeBackup(BASE_TABLES, Date.UTC(2026, 0, 2)));
const base = () => JSON.parse(BASE_TEXT) as Json & { tables: Record<string, Json[]> };

export function generateBadFiles(maxChars: number, seed = 42): BadFile[] {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)];
  const files: BadFile[] = [];
  const add = (family: string, name: string, text: string, expect: BadFile['expect']) => files.push({ family, name, text, expect });

  // 1. Cut off anywhere.
  for (let i = 0; i < 250; i += 1) {
    const at = 1 + Math.floor(((BASE_TEXT.length - 2) * i) / 250);
    add('truncated', `cut at ${at}`, BASE_TEXT.slice(0, at), { code: 'truncated' });
  }

  // 2. Damaged JSON: a structural character outside strings replaced or doubled.
  const structural: number[] = [];
  for (let i = 0, inString = false; i < BASE_TEXT.length; i += 1) {
    const c = BASE_TEXT[i];
    if (inString) {
      if (c === '\\') i += 1;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if ('{}[]:,'.includes(c)) structural.push(i);
  }
  for (let i = 0; i < 100; i += 1) {
    const at = pick(structural);
    const text = i % 2 ? `${BASE_TEXT.slice(0, at)}${pick(['#', ';', '=', 'x'])}${BASE_TEXT.slice(at + 1)}` : `${BASE_TEXT.slice(0, at + 1)}${BASE_TEXT[at]}${BASE_TEXT.slice(at + 1)}`;
    add('damaged', `char ${at}`, text, [{ code: 'not-json' }, { code: 'truncated' }]);
  }

  // 3. One field of one record made wrong.
  for (let i = 0; i < 420; i += 1) {
    const b = base();
    const table = pick(BACKUP_TABLES);
    const rows = b.tables[table];
    const index = int(rows.length);
    const fields = FIELDS[table];
    const field = pick(Object.keys(fields));
    const spec = fields[field];
    const choice = int(10);
    let expectField = field;
    if (choice === 0 && spec.required) delete rows[index][field];
    else if (choice === 1) {
      rows[index].evil = '<img src=x onerror=alert(1)>';
      expectField = 'evil';
    } else if (choice === 2 && spec.tooLong) rows[index][field] = 'é'.repeat(spec.tooLong + 1);
    else if (choice === 3) {
      rows[index] = pick([null, 5, 'row', [], true]) as never;
      expectField = '';
    } else rows[index][field] = pick(spec.kind === 'enum' ? spec.bad! : WRONG[spec.kind]);
    add('bad record', `${table}[${index}].${field} (${choice})`, JSON.stringify(b), { code: 'bad-record', table, index, ...(expectField ? {} : { field: '' }) });
  }

  // 4. Keys and references broken.
  const unique: [BackupTableName, string][] = [
    ['contacts', 'id'],
    ['interactions', 'id'],
    ['interactions', 'key'],
    ['introductions', 'id'],
    ['nextSteps', 'id'],
    ['recommendationsMade', 'id'],
    ['dueStates', 'key'],
  ];
  for (let i = 0; i < 70; i += 1) {
    const b = base();
    const [table, field] = unique[i % unique.length];
    const rows = b.tables[table];
    const first = int(rows.length - 1);
    const second = first + 1 + int(rows.length - first - 1);
    rows[second][field] = rows[first][field];
    add('duplicate', `${table}.${field} ${first}/${second}`, JSON.stringify(b), { code: 'duplicate-key', table, field });
  }
  for (let i = 0; i < 10; i += 1) {
    const b = base();
    const rows = b.tables.introductions;
    rows[1].recommenderId = rows[0].recommenderId;
    rows[1].contactId = rows[0].contactId;
    add('duplicate', `introduction pair ${i}`, JSON.stringify(b), { code: 'duplicate-key', table: 'introductions' });
  }
  const refs: [BackupTableName, string][] = [
    ['interactions', 'contactId'],
    ['introductions', 'recommenderId'],
    ['introductions', 'contactId'],
    ['nextSteps', 'contactId'],
    ['recommendationsMade', 'candidateId'],
  ];
  for (let i = 0; i < 50; i += 1) {
    const b = base();
    const [table, field] = refs[i % refs.length];
    const index = int(b.tables[table].length);
    b.tables[table][index][field] = `linkedin:in/nobody-${i}`;
    add('dangling', `${table}[${index}].${field}`, JSON.stringify(b), { code: 'dangling-reference', table, index, field });
  }
  {
    const b = base();
    b.tables.contacts.shift();
    add('dangling', 'a contact removed, its interactions left', JSON.stringify(b), { code: 'dangling-reference' });
  }

  // 5. The envelope: versions, header fields, tables.
  const header: [string, (b: Json) => void, BadFile['expect']][] = [];
  for (const v of [CURRENT_SCHEMA_VERSION + 1, CURRENT_SCHEMA_VERSION + 50, 2 ** 31])
    header.push([`schemaVersion ${v}`, (b) => (b.schemaVersion = v), { code: 'schema-newer', found: v }]);
  for (const v of [0, -1, 1.5, '1', null, true, 1e20, [1]]) header.push([`schemaVersion ${JSON.stringify(v)}`, (b) => (b.schemaVersion = v), { code: 'bad-header', field: 'schemaVersion' }]);
  header.push(['no schemaVersion', (b) => delete b.schemaVersion, { code: 'bad-header', field: 'schemaVersion' }]);
  for (const v of [2, 3, 99]) header.push([`formatVersion ${v}`, (b) => (b.formatVersion = v), { code: 'format-newer', found: v }]);
  for (const v of [0, -2, 0.5, '1', null, false]) header.push([`formatVersion ${JSON.stringify(v)}`, (b) => (b.formatVersion = v), { code: 'bad-header', field: 'formatVersion' }]);
  header.push(['no formatVersion', (b) => delete b.formatVersion, { code: 'bad-header', field: 'formatVersion' }]);
  for (const v of ['yesterday', '', 5, null, `2026-01-01T00:00:00Z${' '.repeat(100)}`, {}])
    header.push([`exportedAt ${JSON.stringify(v).slice(0, 20)}`, (b) => (b.exportedAt = v), { code: 'bad-header', field: 'exportedAt' }]);
  header.push(['no exportedAt', (b) => delete b.exportedAt, { code: 'bad-header', field: 'exportedAt' }]);
  for (const v of [null, [], 'tables', 5]) header.push([`tables ${JSON.stringify(v)}`, (b) => (b.tables = v), { code: 'bad-header', field: 'tables' }]);
  header.push(['no tables', (b) => delete b.tables, { code: 'bad-header', field: 'tables' }]);
  for (const table of BACKUP_TABLES) {
    header.push([`no ${table}`, (b) => delete (b.tables as Json)[table], { code: 'missing-table', table }]);
    header.push([`${table} not a list`, (b) => ((b.tables as Json)[table] = { 0: {} }), { code: 'not-a-table', table }]);
    header.push([`${table} null`, (b) => ((b.tables as Json)[table] = null), { code: 'not-a-table', table }]);
  }
  for (const name of ['passwords', 'Contacts', '__proto__', 'constructor'])
    header.push([`unknown table ${name}`, (b) => Object.defineProperty(b.tables, name, { value: [], enumerable: true, configurable: true, writable: true }), { code: 'unknown-table', table: name }]);
  for (const key of ['extra', 'data', '__proto__']) header.push([`top-level ${key}`, (b) => Object.defineProperty(b, key, { value: {}, enumerable: true, configurable: true, writable: true }), { code: 'bad-header', field: key }]);
  for (const v of ['dexie', 'relais-backup ', 'RELAIS-BACKUP', 'relais', '', null, 1, ['relais-backup']]) header.push([`format ${JSON.stringify(v)}`, (b) => (b.format = v), { code: 'foreign' }]);
  header.push(['no format', (b) => delete b.format, { code: 'foreign' }]);
  for (const [name, mutate, expect] of header) {
    const b = base();
    mutate(b);
    add('envelope', name, JSON.stringify(b), expect);
  }

  // 6. Foreign JSON: other programs' files and random values.
  const foreign: unknown[] = [
    { formatName: 'dexie', formatVersion: 1, data: { databaseName: 'relais', databaseVersion: 1, tables: [], data: [] } },
    { name: 'relais', version: '0.1.0', dependencies: {} },
    { type: 'FeatureCollection', features: [] },
    clone(BASE_TABLES),
    BASE_TABLES.contacts,
    'relais-backup',
    { backup: JSON.parse(BASE_TEXT) },
    [JSON.parse(BASE_TEXT)],
    { 'First Name': 'Zoë', 'Last Name': 'Ñúñez', URL: 'https://www.linkedin.com/in/x' },
  ];
  const randomValue = (depth: number): unknown => {
    const k = int(depth > 3 ? 4 : 7);
    if (k === 0) return r() < 0.5 ? null : r() < 0.5;
    if (k === 1) return Math.round((r() - 0.5) * 1e6) / 100;
    if (k === 2 || k === 3) return Array.from({ length: int(12) }, () => String.fromCharCode(32 + int(9000))).join('');
    if (k === 4 || k === 5) return Object.fromEntries(Array.from({ length: int(5) }, () => [String(randomValue(9)).slice(0, 12), randomValue(depth + 1)]));
    return Array.from({ length: int(5) }, () => randomValue(depth + 1));
  };
  for (let i = 0; i < 110; i += 1) foreign.push(randomValue(0));
  foreign.forEach((value, i) => add('foreign', `foreign ${i}`, JSON.stringify(value), { code: 'foreign' }));

  // 7. Not JSON at all.
  const notJson: [string, string, BadFile['expect']][] = [
    ['empty', '', { code: 'empty' }],
    ['spaces', ' \n\t ', { code: 'empty' }],
    ['BOM only', '\ufeff', { code: 'empty' }],
    ['zip', 'PK\u0003\u0004\u0014\u0000\u0008\u0000', { code: 'not-json' }],
    ['html', '<!doctype html><html><body>backup</body></html>', { code: 'not-json' }],
    ['csv', 'Name,Profile URL\nZoë,https://www.linkedin.com/in/x\n', { code: 'not-json' }],
    ['xml', '<?xml version="1.0"?><backup/>', { code: 'not-json' }],
    ['NaN', 'NaN', { code: 'not-json' }],
    ['undefined', 'undefined', { code: 'not-json' }],
    ['comment', `// relais\n${BASE_TEXT}`, { code: 'not-json' }],
    ['single quotes', BASE_TEXT.replace(/"/g, "'"), { code: 'not-json' }],
    ['trailing comma', BASE_TEXT.replace(/\}$/, ',}'), { code: 'not-json' }],
    ['two documents', `${BASE_TEXT}\n${BASE_TEXT}`, { code: 'not-json' }],
    ['UTF-16 read as text', Array.from(BASE_TEXT.slice(0, 400)).join('\u0000'), [{ code: 'not-json' }, { code: 'truncated' }]],
  ];
  for (let i = 0; i < 40; i += 1)
    notJson.push([`noise ${i}`, Array.from({ length: 20 + int(400) }, () => String.fromCharCode(int(256))).join(''), [{ code: 'not-json' }, { code: 'truncated' }, { code: 'empty' }]]);
  for (const [name, text, expect] of notJson) add('not json', name, text, expect);

  // 8. Too large (above the limit given to the importer), however valid they might be inside.
  for (let i = 0; i < 50; i += 1) {
    const size = maxChars + 1 + i * 997;
    const padding = ' '.repeat(Math.max(0, size - BASE_TEXT.length));
    add('oversized', `${size} chars`, `${BASE_TEXT}${padding}`.slice(0, Math.max(size, BASE_TEXT.length)), { code: 'too-large' });
  }
  return files;
}
