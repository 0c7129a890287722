import { parsePatch } from 'diff';

export type DiffKind = 'context' | 'removed' | 'added';
export interface DiffLine {
  kind: DiffKind;
  text: string;
  /** Line number in the old text (context and removed lines). */
  oldNumber?: number;
  /** Line number in the new text (context and added lines). */
  newNumber?: number;
}
export interface DiffHunk {
  header: string;
  /** In order, for the stacked view. */
  lines: DiffLine[];
  /** Removed lines beside the added lines that replace them, for the side-by-side view. */
  rows: { left?: DiffLine; right?: DiffLine }[];
}

/** Bounded: a standard's body is at most 20,000 characters, so a diff has at most that many lines. */
const MAX_LINES = 25_000;

/**
 * Reads a unified diff (the API's `standardDiff`, or one made here for the draft) into hunks of
 * numbered lines, and pairs each run of removed lines with the run of added lines that follows it.
 */
export function diffHunks(unified: string): DiffHunk[] {
  const [file] = parsePatch(unified);
  if (!file) return [];
  let budget = MAX_LINES;
  return file.hunks.map((h) => {
    let oldNumber = h.oldStart;
    let newNumber = h.newStart;
    const lines: DiffLine[] = [];
    for (const raw of h.lines) {
      if (budget-- <= 0) break;
      const sign = raw[0];
      const text = raw.slice(1);
      if (sign === '-') lines.push({ kind: 'removed', text, oldNumber: oldNumber++ });
      else if (sign === '+') lines.push({ kind: 'added', text, newNumber: newNumber++ });
      else if (sign === ' ') lines.push({ kind: 'context', text, oldNumber: oldNumber++, newNumber: newNumber++ });
      // '\ No newline at end of file' says nothing a reader needs.
    }
    const rows: DiffHunk['rows'] = [];
    for (let i = 0; i < lines.length; ) {
      if (lines[i].kind === 'context') {
        rows.push({ left: lines[i], right: lines[i] });
        i++;
        continue;
      }
      const removed: DiffLine[] = [];
      const added: DiffLine[] = [];
      while (i < lines.length && lines[i].kind === 'removed') removed.push(lines[i++]);
      while (i < lines.length && lines[i].kind === 'added') added.push(lines[i++]);
      for (let k = 0; k < Math.max(removed.length, added.length); k++) rows.push({ left: removed[k], right: added[k] });
    }
    return { header: `Lines ${h.oldStart}–${h.oldStart + Math.max(h.oldLines - 1, 0)} → ${h.newStart}–${h.newStart + Math.max(h.newLines - 1, 0)}`, lines, rows };
  });
}
