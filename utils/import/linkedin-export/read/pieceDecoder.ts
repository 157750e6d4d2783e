/**
 * How a file's bytes become text. LinkedIn writes UTF-8; a spreadsheet may re-save in its own code
 * page (Windows-1252 in Western locales). A UTF-8 file with a stray byte is still UTF-8: read
 * leniently, the byte becomes U+FFFD and every other character stays right.
 */
export type TextEncodingChoice = 'utf-8' | 'utf-8-lenient' | 'windows-1252';

const REPLACEMENT = 0xfffd;

/** Decodes pieces of one file; in the lenient mode, counts what was replaced and what was read. */
export class PieceDecoder {
  /** Invalid byte sequences, each shown as U+FFFD. */
  replaced = 0;
  /** Non-ASCII characters decoded from valid sequences. */
  validNonAscii = 0;
  private readonly decoder: TextDecoder;

  constructor(readonly encoding: TextEncodingChoice) {
    // Strict UTF-8 throws a TypeError on the first invalid sequence: the file is then read again.
    this.decoder = new TextDecoder(encoding === 'windows-1252' ? 'windows-1252' : 'utf-8', { fatal: encoding === 'utf-8' });
  }

  decode(bytes?: Uint8Array): string {
    const text = bytes ? this.decoder.decode(bytes, { stream: true }) : this.decoder.decode();
    if (this.encoding === 'utf-8-lenient') this.count(text);
    return text;
  }

  private count(text: string): void {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) continue;
      if (c === REPLACEMENT) this.replaced++;
      // A surrogate pair is one character: count its first half only.
      else if (c < 0xdc00 || c > 0xdfff) this.validNonAscii++;
    }
  }

  /**
   * Whether a file read leniently is UTF-8 with a few damaged bytes rather than another encoding:
   * Windows-1252 text almost never forms valid multi-byte UTF-8, so valid sequences at least as
   * many as invalid ones say UTF-8.
   */
  mostlyValid(): boolean {
    return this.validNonAscii > 0 && this.validNonAscii >= this.replaced;
  }
}
