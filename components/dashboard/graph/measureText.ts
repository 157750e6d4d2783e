import { estimateWidth, type Measure } from './shortenLabel';

/**
 * Widths of names as the graph draws them (12 px, in the page's font), measured on a canvas and
 * kept. Measured bold, the widest a name is ever drawn (on focus), so a box is never too small.
 * Without a canvas (tests, a browser refusing it), a generous estimate.
 */
export function labelMeasure(fontFamily: string, fontSize = 12): Measure {
  const ctx = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!ctx) return (text) => estimateWidth(text, fontSize);
  ctx.font = `700 ${fontSize}px ${fontFamily}`;
  const known = new Map<string, number>();
  return (text) => {
    let width = known.get(text);
    if (width === undefined) known.set(text, (width = Math.ceil(ctx.measureText(text).width) + 1));
    return width;
  };
}
