// Bytes of the content script(s) the manifest injects into LinkedIn: what every LinkedIn tab pays
// to parse and compile. Budget (issue 2): ≤ 40 KB minified.
import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { row } from '../lib/table.mjs';

const KB = 1024;

export async function contentScriptSize({ ext }) {
  const files = (ext.manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const code = files.map((f) => readFileSync(path.join(ext.dir, f), 'utf8')).join('\n');
  const built = Buffer.byteLength(code);
  // The build should already be minified; minifying it again shows whether it was.
  const reminified = Buffer.byteLength((await transform(code, { minify: true, loader: 'js' })).code);
  const minified = Math.min(built, reminified);
  const gzipped = gzipSync(code, { level: 9 }).length;
  const sz = (b) => ({ n: 1, median: b / KB, min: b / KB, max: b / KB, p10: b / KB, p90: b / KB });
  return [
    row({
      id: 'content-script-size',
      figure: `content script size, minified (${files.join(', ')})`,
      unit: 'KB',
      value: sz(built),
      ratio: { label: 'gzip -9: {} KB', value: gzipped / KB },
      budget: '≤ 40 KB minified',
      ok: minified <= 40 * KB,
      notes: built > reminified * 1.05 ? [`the build is not minified: esbuild --minify gives ${(reminified / KB).toFixed(1)} KB`] : [],
      raw: { files, bytes: built, reminifiedBytes: reminified, gzipBytes: gzipped },
    }),
  ];
}
