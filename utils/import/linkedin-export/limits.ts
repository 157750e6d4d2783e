/**
 * How much Relais will unpack. A real `messages.csv` is tens of MB for a very active member and a
 * whole Complete archive well under a GB, so anything beyond is a damaged file or a zip bomb.
 */
export interface ImportLimits {
  /** Largest single file, inflated from the ZIP or chosen directly. */
  maxFileBytes: number;
  /** Sum of every byte inflated from all ZIPs of one import. */
  maxTotalBytes: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 256 * 1024 * 1024,
  maxTotalBytes: 1024 * 1024 * 1024,
};

/** How much of each file is read to recognise it by its header. */
export const HEAD_BYTES = 64 * 1024;
