// A synthetic LinkedIn data export of any size, shaped like a 2026 archive (Notes preamble, URL
// column, fully quoted messages.csv with CRLF inside CONTENT, hidden rows, drafts, spam,
// sponsored mail). Importable by benchmarks; run directly it writes a ZIP and times the import in
// Node on fake-indexeddb:
//
//   npx tsx tests/bench/generateExport.ts [connections=30000] [messages=100000]
import { strToU8, zipSync } from 'fflate';

export interface GenerateOptions {
  connections?: number;
  messages?: number;
  seed?: number;
}

const FIRST = ['Sophie', 'Paul', 'Léa', 'Marc', 'Anna', 'Omar', 'Chen', 'Nina', 'David', 'Jane', 'Hugo', 'Rita', 'Zoé', 'Ivan', 'Aïcha', 'Tom', 'Inès', 'Luca', 'Maya', 'Noah'];
const LAST = ['Martin', 'Durand', 'Rousseau', 'Dupont', 'Lee', 'Haddad', 'Wei', 'Petrova', 'Doe', 'Blanc', 'Gomez', 'Faure', 'Novak', 'Benali', 'Moreau', 'Garcia', 'Rossi', 'Kim', 'Silva', 'Nguyen'];
const COMPANIES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Soylent', 'Vandelay', 'Stark', 'Wayne', 'Tyrell'];
const TITLES = ['Engineer', 'Head of Talent', 'CTO', 'Designer', 'Product Manager', 'Analyst', 'Recruiter', 'Founder'];
const PHRASES = [
  'Merci pour notre échange de la semaine dernière, très instructif.',
  'Would you have 20 minutes next week for a quick call about your path?',
  'Je vous envoie le lien vers l’étude dont je vous parlais.',
  'Congrats on the new role!',
  'Marc Dupont m’a conseillé de vous écrire au sujet de votre équipe.',
  'Here is the deck we discussed, let me know what you think.',
  'Auriez-vous un conseil pour quelqu’un qui se reconvertit dans la data ?',
  'Thanks a lot, that was really helpful.',
];
const SYLLABLES = ['', 'ier', 'ani', 'ov', 'son', 'elli', 'berg', 'ez', 'ard', 'ini', 'ski', 'oux', 'aud', 'ens', 'ic', 'ova', 'alo', 'ette', 'in', 'ay'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SELF_URL = 'https://www.linkedin.com/in/alex-moreau-bench';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function q(cells: string[]): string {
  return cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** The CSV files of a synthetic export, by name. */
export function generateExportFiles(options: GenerateOptions = {}): Record<string, string> {
  const nConnections = options.connections ?? 30_000;
  const nMessages = options.messages ?? 100_000;
  const rand = mulberry32(options.seed ?? 42);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
  const start = Date.UTC(2016, 0, 1);
  const span = Date.UTC(2026, 5, 1) - start;

  const people: { name: string; url: string }[] = [];
  const connections: string[] = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing."',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let i = 0; i < nConnections; i++) {
    if (i % 500 === 499) {
      connections.push(',,,,,,07 Jun 2026');
      continue;
    }
    // Syllables make names as varied as a real network's (a few namesakes, not hundreds).
    const first = pick(FIRST);
    const last = pick(LAST) + pick(SYLLABLES);
    const url = `https://www.linkedin.com/in/${encodeURIComponent(first.toLowerCase())}-${last.toLowerCase()}-${i.toString(36)}`;
    people.push({ name: `${first} ${last}`, url });
    const d = new Date(start + rand() * span);
    connections.push(`${first},${last},${url},,${pick(COMPANIES)},${pick(TITLES)},${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`);
  }

  const messages: string[] = [q(['CONVERSATION ID', 'CONVERSATION TITLE', 'FROM', 'SENDER PROFILE URL', 'TO', 'RECIPIENT PROFILE URLS', 'DATE', 'SUBJECT', 'CONTENT', 'FOLDER', 'ATTACHMENTS', 'IS MESSAGE DRAFT', 'IS CONVERSATION DRAFT'])];
  const conversations = Math.max(1, Math.floor(nMessages / 4));
  for (let i = 0; i < nMessages; i++) {
    const conv = Math.floor(rand() * conversations);
    const other = people.length ? people[conv % people.length] : { name: 'Sophie Martin', url: 'https://www.linkedin.com/in/sophie-martin' };
    const fromSelf = rand() < 0.5;
    const d = new Date(start + rand() * span);
    const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} UTC`;
    const lines = 1 + Math.floor(rand() * 4);
    const content = [`Bonjour ${other.name.split(' ')[0]},`, ...Array.from({ length: lines }, () => pick(PHRASES)), 'Alex'].join('\r\n');
    const r = rand();
    const folder = r < 0.01 ? 'SPAM' : r < 0.3 ? 'ARCHIVE' : 'INBOX';
    const draft = r > 0.995 ? 'Yes' : 'No';
    if (r > 0.99 && r <= 0.995) {
      messages.push(q([`2-sponsored-${i}`, '', 'Acme Careers', '', 'Alex Moreau', SELF_URL, date, 'Your next role', '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%, we are hiring.</p>', 'INBOX', '', 'No', 'No']));
      continue;
    }
    messages.push(
      q([
        `2-${conv.toString(36)}-bench`,
        '',
        fromSelf ? 'Alex Moreau' : other.name,
        fromSelf ? SELF_URL : other.url,
        fromSelf ? other.name : 'Alex Moreau',
        fromSelf ? other.url : SELF_URL,
        date,
        '',
        content,
        folder,
        '',
        draft,
        'No',
      ]),
    );
  }

  const invitations = ['From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl'];
  for (let i = 0; i < Math.min(200, people.length); i++) {
    const p = people[people.length - 1 - i];
    const d = new Date(start + rand() * span);
    const when = `"${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, ${((d.getUTCHours() + 11) % 12) + 1}:${pad(d.getUTCMinutes())} ${d.getUTCHours() < 12 ? 'AM' : 'PM'}"`;
    invitations.push(i % 2 ? `Alex Moreau,${p.name},${when},"Hello ${p.name}, great to meet you.",OUTGOING,${SELF_URL},${p.url}` : `${p.name},Alex Moreau,${when},,INCOMING,${p.url},${SELF_URL}`);
  }

  return {
    'Connections.csv': connections.join('\n'),
    'messages.csv': messages.join('\n') + '\n',
    'Invitations.csv': invitations.join('\n') + '\n',
    'Profile.csv':
      'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\nAlex,Moreau,,,,Product manager,,Software,,Paris,,,\n',
    'Positions.csv': 'Company Name,Title,Description,Location,Started On,Finished On\nInitech,Product Manager,,Paris,Jan 2022,\n',
  };
}

/** The same files zipped at the root, as LinkedIn sends them. */
export function generateExportZip(options: GenerateOptions = {}): Uint8Array<ArrayBuffer> {
  const files = generateExportFiles(options);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)]))) as Uint8Array<ArrayBuffer>;
}

async function main(): Promise<void> {
  const [connections = 30_000, messages = 100_000] = process.argv.slice(2).map(Number);
  await import('./fakeIndexedDb');
  const { writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { RelaisDB } = await import('../../utils/db/database');
  const { runImport } = await import('../../utils/import/linkedin-export/runImport');

  let t = performance.now();
  const zip = generateExportZip({ connections, messages });
  const path = join(tmpdir(), 'Complete_LinkedInDataExport_bench.zip');
  writeFileSync(path, zip);
  const inflated = Object.values(generateExportFiles({ connections, messages })).reduce((s, x) => s + Buffer.byteLength(x), 0);
  console.log(`generated ${path}: ${(zip.length / 1e6).toFixed(1)} MB zipped, ${(inflated / 1e6).toFixed(1)} MB of CSV, in ${((performance.now() - t) / 1000).toFixed(1)} s`);

  const rows = connections + messages;
  const file = new File([zip], 'Complete_LinkedInDataExport_bench.zip');
  const now = Date.UTC(2026, 5, 15);
  const limits = { maxFileBytes: 2 * 1024 ** 3, maxTotalBytes: 4 * 1024 ** 3 };
  const table: Record<string, string>[] = [];
  // The import yields to the event loop with setTimeout in Node, which costs ~1 ms a turn: measure both.
  for (const [label, dryRun] of [
    ['parse + match (no write)', true],
    ['parse + match + write (fake-indexeddb)', false],
  ] as const) {
    const db = new RelaisDB(`bench-${label}-${Date.now()}`);
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    // Longest run of work between two turns given to the event loop: the main-thread task a page would see.
    let longest = 0;
    let longestPhase = '';
    let phase = '';
    let last = performance.now();
    const pause = () =>
      new Promise<void>((resolve) => {
        const now = performance.now();
        if (now - last > longest) (longest = now - last), (longestPhase = phase);
        setImmediate(() => {
          last = performance.now();
          resolve();
        });
      });
    t = performance.now();
    last = t;
    const outcome = await runImport(db, [file], { now, dryRun, limits, pause, onProgress: (p) => (phase = p.phase) });
    const seconds = (performance.now() - t) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    if (!outcome.ok) throw new Error(`${outcome.error.code} ${outcome.error.detail ?? ''}`);
    table.push({
      run: label,
      seconds: seconds.toFixed(1),
      'cpu s': ((cpu.user + cpu.system) / 1e6).toFixed(1),
      'rows/s': Math.round(rows / seconds).toLocaleString('en'),
      'longest slice ms': `${longest.toFixed(0)} (${longestPhase})`,
      contacts: String(outcome.report.contacts.created),
      messages: String(outcome.report.messages.sent + outcome.report.messages.received),
      'heap Δ MB': ((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(0),
    });
    db.close();
  }
  console.table(table);
}

const invokedDirectly = typeof process !== 'undefined' && process.argv[1] && /generateExport\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
