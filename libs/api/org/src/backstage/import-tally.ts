import { ReportProgress } from './import-progress.model';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  errors: string[];
}

export type ImportState = 'created' | 'updated' | 'unchanged';

/** What one import did to each entity, and the lines it could not import. */
export class ImportTally {
  readonly errors: string[];
  private readonly states = new Map<string, ImportState>();

  constructor(parseErrors: readonly string[]) {
    this.errors = [...parseErrors];
  }

  /** Keys: `User:<name>` and `Group <name>`. */
  record(key: string, state: ImportState): void {
    this.states.set(key, state);
  }

  /** An entity found unchanged whose memberships then changed counts as updated. */
  touch(key: string): void {
    if (this.states.get(key) === 'unchanged') this.states.set(key, 'updated');
  }

  counts(): ImportCounts {
    const counts = { created: 0, updated: 0, unchanged: 0 };
    for (const s of this.states.values()) counts[s]++;
    return { ...counts, errors: this.errors };
  }
}

/** Reports one step's start, then returns a function that adds `n` items done and reports again. */
export function progressOf(progress: ReportProgress, phase: string, total: number): (n?: number) => void {
  let done = 0;
  progress(phase, done, total);
  return (n = 1) => progress(phase, (done += n), total);
}
