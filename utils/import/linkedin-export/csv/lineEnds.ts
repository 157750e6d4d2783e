/**
 * Line ends made `\n`, piece by piece: spreadsheets re-save with CRLF, 2026 contents hold CRLF, old
 * Mac spreadsheets end lines with a lone CR (decided once, on the first piece that has a line end).
 * A CR at the end of a piece waits for the next one, which may start with its LF.
 */
export class LineEnds {
  private heldCR = false;
  private crOnly: boolean | undefined;

  normalise(piece: string): string {
    let text = (this.heldCR ? '\r' : '') + piece;
    this.heldCR = text.endsWith('\r');
    if (this.heldCR) text = text.slice(0, -1);
    if (this.crOnly === undefined && (text.includes('\r') || text.includes('\n'))) this.crOnly = text.includes('\r') && !text.includes('\n');
    return this.crOnly ? text.replace(/\r/g, '\n') : text.replace(/\r\n/g, '\n');
  }

  /** What a held CR becomes at the end of the text. */
  end(): string {
    const rest = this.heldCR ? '\n' : '';
    this.heldCR = false;
    return rest;
  }
}
