import { Inflate } from 'fflate';
import type { ByteSource } from './byteSource';
import { crc32 } from './crc32';
import { ImportError, throwIfAborted } from '../errors';
import type { ImportLimits } from '../limits';
import { u16, u32, type ZipEntry } from './zipDirectory';

/** Inflated bytes so far across one import (shared by every entry of every ZIP). */
export interface InflateBudget {
  limits: ImportLimits;
  used: number;
}

const LOCAL = 0x04034b50;
const READ_BYTES = 256 * 1024;
// Deflate can expand ~1000×: small pushes bound what one push may allocate before the limits bite.
const PUSH_BYTES = 16 * 1024;

/**
 * The inflated bytes of one entry, piece by piece. Stops with `entry-too-large` or
 * `archive-too-large` as soon as the real (not declared) size passes the limits, and with
 * `zip-corrupt` when the data does not inflate or does not match its CRC. The consumer may stop
 * early (to peek at a header); nothing more is inflated then.
 */
export async function* inflateZipEntry(
  source: ByteSource,
  entry: ZipEntry,
  budget: InflateBudget,
  signal?: AbortSignal,
): AsyncGenerator<Uint8Array> {
  const at = entry.localHeaderOffset;
  if (at + 30 > source.size) throw new ImportError('zip-truncated', entry.name);
  const local = await source.read(at, at + 30);
  if (u32(local, 0) !== LOCAL) throw new ImportError('zip-corrupt', entry.name);
  const start = at + 30 + u16(local, 26) + u16(local, 28);
  const end = start + entry.compressedSize;
  if (end > source.size) throw new ImportError('zip-truncated', entry.name);
  if (entry.flags & 1 || (entry.method !== 0 && entry.method !== 8)) throw new ImportError('zip-unsupported', entry.name);

  let produced = 0;
  let crc = 0;
  const account = (chunk: Uint8Array): void => {
    produced += chunk.length;
    budget.used += chunk.length;
    if (produced > budget.limits.maxFileBytes) throw new ImportError('entry-too-large', entry.name);
    if (budget.used > budget.limits.maxTotalBytes) throw new ImportError('archive-too-large', entry.name);
    crc = crc32(chunk, crc);
  };

  const out: Uint8Array[] = [];
  const inflater = entry.method === 8 ? new Inflate((chunk) => void out.push(chunk)) : null;
  if (inflater && start === end) {
    try {
      inflater.push(new Uint8Array(0), true);
    } catch (e) {
      throw new ImportError('zip-corrupt', entry.name, e);
    }
  }
  for (let pos = start; pos < end; pos += READ_BYTES) {
    throwIfAborted(signal);
    const piece = await source.read(pos, Math.min(pos + READ_BYTES, end));
    if (!inflater) {
      account(piece);
      yield piece;
      continue;
    }
    for (let p = 0; p < piece.length; p += PUSH_BYTES) {
      const sub = piece.subarray(p, p + PUSH_BYTES);
      try {
        inflater.push(sub, pos + p + sub.length >= end);
      } catch (e) {
        throw new ImportError('zip-corrupt', entry.name, e);
      }
      for (const chunk of out.splice(0)) {
        if (!chunk.length) continue;
        account(chunk);
        yield chunk;
      }
    }
  }
  if (produced !== entry.size || crc !== entry.crc) throw new ImportError('zip-corrupt', entry.name);
}
