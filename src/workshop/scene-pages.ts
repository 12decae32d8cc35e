// A scene on the projector in pages that each fit the screen at a size the back of the room
// can read (28 px or more at 1920x1080), instead of one page in type too small to read. Pure:
// the split depends on the lines only, so the facilitator's window and the projector agree on
// how many pages there are, and N turns them.
import type { SceneLine } from './workshop-flow.ts';

/**
 * Rows of text one page holds: the projector's reading column at its smallest type has room
 * for about 19 rows (measured at 1920x1080); a few are kept for the choice note and the
 * meters across the foot.
 */
export const PAGE_ROWS = 10;
/** Characters in one row of that column (measured: about 75; kept a little short for long words). */
export const ROW_CHARS = 60;
/** The space between two paragraphs, in rows. */
const PARAGRAPH_GAP = 0.35;

function rows(line: SceneLine): number {
  // A speaker's name comes before the line.
  const length = line.text.length + (line.speaker ? 8 : 0);
  return Math.max(1, Math.ceil(length / ROW_CHARS)) + PARAGRAPH_GAP;
}

export interface PageReserve {
  /** Rows the first page keeps free (the note of what the room chose, with its counts). */
  first?: number;
  /** Rows the last page keeps free (what changed, the meters, the ending). */
  last?: number;
}

const rowsOf = (page: readonly SceneLine[]) => page.reduce((sum, line) => sum + rows(line), 0);

/**
 * The lines in pages of at most `budget` rows (less what `reserve` keeps free); a line longer
 * than a page gets a page of its own, and when what closes the scene does not fit under the
 * last lines it gets a page of its own too.
 */
export function scenePages(lines: readonly SceneLine[], reserve: PageReserve = {}, budget = PAGE_ROWS): SceneLine[][] {
  const pages: SceneLine[][] = [];
  let page: SceneLine[] = [];
  let used = reserve.first ?? 0;
  for (const line of lines) {
    const cost = rows(line);
    if (page.length > 0 && used + cost > budget) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(line);
    used += cost;
  }
  pages.push(page);
  const last = pages[pages.length - 1] ?? [];
  const lastBudget = pages.length === 1 ? budget - (reserve.first ?? 0) : budget;
  if (last.length > 0 && reserve.last && rowsOf(last) + reserve.last > lastBudget) pages.push([]);
  return pages;
}
