import { Presets, SingleBar } from 'cli-progress';

/** A progress bar per seeding phase (cli-progress); off a terminal it prints a line every few seconds. */
export function progressBar(phase: string, total: number): SingleBar {
  const bar = new SingleBar(
    {
      format: ` ${phase.padEnd(16)} [{bar}] {percentage}% {value}/{total} {duration_formatted}`,
      formatValue: (value, _options, type) => (type === 'value' || type === 'total' ? value.toLocaleString('en') : String(value)),
      noTTYOutput: true,
      notTTYSchedule: 5000,
      hideCursor: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return bar;
}
