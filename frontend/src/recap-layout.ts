// Where each text of a saved recap image goes (issue 43.17): measured, wrapped
// at word boundaries and shrunk until it fits, never cut ("…105 Kü…"). Pure:
// it measures through the function it is given (a canvas's measureText in the
// browser), so the unit tests check every text fits without a canvas.
import type { RecapCard } from "./recap-cards";

export const CARD_W = 1080;
export const CARD_H = 1350;
const MARGIN = 80;
/** The width every text fits in. */
export const TEXT_W = CARD_W - 2 * MARGIN;
/** Where the footer's line starts: nothing else goes below it. */
export const FOOTER_Y = CARD_H - 90;
const BOTTOM = FOOTER_Y - 30;
const ART = 360;
export const FONT = "system-ui, Roboto, 'Segoe UI', sans-serif";

/** How wide `text` is in `font` (a canvas's measureText). */
export type Measure = (text: string, font: string) => number;

/** One line of text on the card: where its top-left is, in which font. */
export interface Run {
  text: string;
  x: number;
  y: number;
  font: string;
  size: number;
  alpha: number;
}

/** What a card draws: its lines and where the artwork goes (if it has one). */
export interface Layout {
  runs: Run[];
  art?: { x: number; y: number; size: number };
}

function font(weight: number, size: number): string {
  return `${weight} ${size}px ${FONT}`;
}

/** Break a word wider than the width into pieces that fit (a long name without spaces). */
function pieces(word: string, width: number, measure: Measure, face: string): string[] {
  const out: string[] = [];
  let piece = "";
  for (const char of word) {
    if (piece && measure(piece + char, face) > width) {
      out.push(piece);
      piece = char;
    } else {
      piece += char;
    }
  }
  return piece ? [...out, piece] : out;
}

/** `text` in lines no wider than `width`, broken between words (within one only when it must). */
export function wrap(text: string, width: number, measure: Measure, face: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure(candidate, face) <= width) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
    }
    const parts = measure(word, face) <= width ? [word] : pieces(word, width, measure, face);
    line = parts.pop() ?? "";
    lines.push(...parts);
  }
  return line ? [...lines, line] : lines;
}

interface Block {
  lines: string[];
  weight: number;
  size: number;
  alpha: number;
  /** Space after the block. */
  after: number;
}

/**
 * The largest size from `sizes` at which `text` takes at most `most`
 * lines; the smallest size, however many lines, when none does.
 */
function sized(text: string, weight: number, sizes: number[], most: number, measure: Measure, alpha = 1, after = 0): Block {
  for (const size of sizes) {
    const lines = wrap(text, TEXT_W, measure, font(weight, size));
    if (lines.length <= most) {
      return { lines, weight, size, alpha, after };
    }
  }
  const size = sizes[sizes.length - 1];
  return { lines: wrap(text, TEXT_W, measure, font(weight, size)), weight, size, alpha, after };
}

const height = (block: Block) => block.lines.length * Math.round(block.size * 1.22) + block.after;

/**
 * Lay one card out at full size (1080 × 1350). The title, value and caption
 * always show whole, shrinking as they must; the list shows as many whole
 * entries as fit, and the artwork gives way first when space runs short.
 */
export function layoutCard(card: RecapCard, measure: Measure, footer: string, withArt: boolean): Layout {
  const head: Block[] = [sized(card.title, 600, [56, 48, 40], 2, measure, 1, 36)];
  if (card.value) {
    head.push(sized(card.value, 800, [140, 112, 88, 72, 56], 2, measure, 1, 16));
  }
  if (card.caption) {
    head.push(sized(card.caption, 400, [42, 36, 30], 2, measure, 1, 24));
  }
  const entries = card.lines.slice(0, 5).map((line) => {
    const blocks = [sized(line.text, 600, [44, 38, 32], 2, measure, 1, line.sub ? 6 : 22)];
    if (line.sub) {
      blocks.push(sized(line.sub, 400, [34, 30, 26], 2, measure, 0.8, 22));
    }
    return blocks;
  });
  const headHeight = head.reduce((sum, block) => sum + height(block), 0);
  const listHeight = entries.flat().reduce((sum, block) => sum + height(block), 0);
  // The artwork when everything fits beside it, else it gives way to the words.
  const art = withArt && MARGIN + headHeight + ART + 40 + listHeight <= BOTTOM;
  const runs: Run[] = [];
  let y = MARGIN;
  const place = (block: Block) => {
    const line = Math.round(block.size * 1.22);
    for (const text of block.lines) {
      runs.push({ text, x: MARGIN, y, font: font(block.weight, block.size), size: block.size, alpha: block.alpha });
      y += line;
    }
    y += block.after;
  };
  place(head[0]);
  let artAt: Layout["art"];
  if (art) {
    artAt = { x: MARGIN, y, size: ART };
    y += ART + 40;
  }
  head.slice(1).forEach(place);
  for (const blocks of entries) {
    // A whole entry or none: an entry cut at the bottom says nothing true.
    if (y + blocks.reduce((sum, block) => sum + height(block), 0) > BOTTOM) {
      break;
    }
    blocks.forEach(place);
  }
  const foot = sized(footer, 400, [30, 26, 22], 1, measure, 0.7);
  runs.push({ text: foot.lines.join(" "), x: MARGIN, y: FOOTER_Y, font: font(400, foot.size), size: foot.size, alpha: 0.7 });
  return { runs, art: artAt };
}
