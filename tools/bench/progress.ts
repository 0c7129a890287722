/**
 * A one-line progress bar per phase. (cli-progress is not among the installed packages, only its
 * types, and the lock file is shared; this is all the benchmark needs.)
 */
export class ProgressBar {
  private readonly started = Date.now();
  private readonly tty = process.stdout.isTTY;
  private lastPrinted = -1;

  constructor(
    private readonly phase: string,
    private readonly total: number,
  ) {
    this.update(0);
  }

  update(value: number) {
    const ratio = this.total ? Math.min(1, value / this.total) : 1;
    const width = 30;
    const filled = Math.round(ratio * width);
    const line = ` ${this.phase.padEnd(16)} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${String(Math.round(ratio * 100)).padStart(3)}% ${value.toLocaleString('en')}/${this.total.toLocaleString('en')} ${((Date.now() - this.started) / 1000).toFixed(1)}s`;
    if (this.tty) process.stdout.write(`\r${line}`);
    else if (Math.floor(ratio * 4) !== this.lastPrinted || ratio === 1) {
      // Not a terminal (CI, piped): a line at each quarter instead of redrawing.
      this.lastPrinted = Math.floor(ratio * 4);
      process.stdout.write(`${line}\n`);
    }
  }

  stop() {
    if (this.tty) process.stdout.write('\n');
  }
}
