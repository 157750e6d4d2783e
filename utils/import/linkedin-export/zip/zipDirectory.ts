import type { ByteSource } from './byteSource';
import { ImportError } from '../errors';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  /** As declared by the archive: a zip bomb may lie, so inflation counts real bytes too. */
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_ENTRIES = 200_000;
const MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x1_0000_0000;
}

/**
 * The entries of a ZIP, from its central directory (the only place that says for sure where each
 * entry ends: LinkedIn's archives use data descriptors, so local headers carry no sizes). fflate
 * inflates each entry; reading the directory here lets Relais inflate one entry at a time, in
 * pieces, from a File it never loads whole.
 */
export async function readZipDirectory(source: ByteSource, fileName: string): Promise<ZipEntry[]> {
  if (source.size < 22) throw new ImportError(source.size >= 4 ? 'zip-truncated' : 'zip-corrupt', fileName);
  const tailStart = Math.max(0, source.size - 22 - 65535);
  const tail = await source.read(tailStart, source.size);
  let e = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (u32(tail, i) === EOCD) {
      e = i;
      break;
    }
  }
  // No end record: the download stopped before the end (the usual case), or this is no ZIP at all.
  if (e < 0) throw new ImportError('zip-truncated', fileName);
  let count = u16(tail, e + 10);
  let dirSize = u32(tail, e + 12);
  let dirOffset = u32(tail, e + 16);
  if (count === 0xffff || dirSize === 0xffffffff || dirOffset === 0xffffffff) {
    if (e < 20 || u32(tail, e - 20) !== ZIP64_LOCATOR) throw new ImportError('zip-corrupt', fileName);
    const z64At = u64(tail, e - 20 + 8);
    if (z64At + 56 > source.size) throw new ImportError('zip-truncated', fileName);
    const z64 = await source.read(z64At, z64At + 56);
    if (u32(z64, 0) !== ZIP64_EOCD) throw new ImportError('zip-corrupt', fileName);
    count = u64(z64, 32);
    dirSize = u64(z64, 40);
    dirOffset = u64(z64, 48);
  }
  if (count > MAX_ENTRIES || dirSize > MAX_DIRECTORY_BYTES) throw new ImportError('zip-corrupt', fileName);
  if (dirOffset + dirSize > source.size) throw new ImportError('zip-truncated', fileName);
  const dir = await source.read(dirOffset, dirOffset + dirSize);
  const entries: ZipEntry[] = [];
  let o = 0;
  for (let n = 0; n < count; n++) {
    if (o + 46 > dir.length || u32(dir, o) !== CENTRAL) throw new ImportError('zip-corrupt', fileName);
    const flags = u16(dir, o + 8);
    const nameLen = u16(dir, o + 28);
    const extraLen = u16(dir, o + 30);
    const commentLen = u16(dir, o + 32);
    if (o + 46 + nameLen + extraLen > dir.length) throw new ImportError('zip-corrupt', fileName);
    const nameBytes = dir.subarray(o + 46, o + 46 + nameLen);
    // Bit 11: UTF-8 names; otherwise CP437, of which ASCII (all LinkedIn names) is the same.
    const name = new TextDecoder(flags & 0x800 ? 'utf-8' : 'latin1').decode(nameBytes);
    let compressedSize = u32(dir, o + 20);
    let size = u32(dir, o + 24);
    let localHeaderOffset = u32(dir, o + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeaderOffset === 0xffffffff) {
      // ZIP64 extra field: the 64-bit values, in this order, for the fields that overflowed.
      let x = o + 46 + nameLen;
      const end = x + extraLen;
      while (x + 4 <= end) {
        const id = u16(dir, x);
        const len = u16(dir, x + 2);
        if (id === 1) {
          let p = x + 4;
          if (size === 0xffffffff) (size = u64(dir, p)), (p += 8);
          if (compressedSize === 0xffffffff) (compressedSize = u64(dir, p)), (p += 8);
          if (localHeaderOffset === 0xffffffff) localHeaderOffset = u64(dir, p);
          break;
        }
        x += 4 + len;
      }
    }
    entries.push({ name, method: u16(dir, o + 10), flags, crc: u32(dir, o + 16), compressedSize, size, localHeaderOffset });
    o += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export { u16, u32 };
