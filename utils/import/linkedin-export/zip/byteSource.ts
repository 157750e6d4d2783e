/** Random access to the bytes of a chosen file, without loading it whole. */
export interface ByteSource {
  size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

export function blobSource(blob: Blob): ByteSource {
  return {
    size: blob.size,
    read: async (start, end) => new Uint8Array(await blob.slice(start, Math.min(end, blob.size)).arrayBuffer()),
  };
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (start, end) => bytes.subarray(start, Math.min(end, bytes.length)) };
}

/** The bytes of a whole source in pieces, for a CSV file chosen directly. */
export async function* readPieces(source: ByteSource, pieceSize = 1 << 20): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < source.size; at += pieceSize) yield await source.read(at, at + pieceSize);
}

export async function startsWithZipSignature(source: ByteSource): Promise<boolean> {
  if (source.size < 4) return false;
  const head = await source.read(0, 4);
  // Local file header, or the end record of an empty archive.
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}
