import { Box } from '@mantine/core';
import { CartesianGrid, Line, LineChart, ReferenceLine, XAxis, YAxis } from 'recharts';
import { formatShortDate, withUnit } from './labels';

export interface HistoryPoint {
  value: number;
  updatedAt: string;
}

/** The chart's words for screen readers: where the value started, where it is, and how many updates between. */
export function historySummary(title: string, points: readonly HistoryPoint[], target: number, unit: string | null | undefined): string {
  if (points.length === 0) return `${title}: no values recorded yet.`;
  const first = points[0];
  const last = points[points.length - 1];
  return `${title} over time: ${withUnit(first.value, unit)} on ${formatShortDate(first.updatedAt)}, ${withUnit(last.value, unit)} on ${formatShortDate(last.updatedAt)}, ${points.length} values in all; target ${withUnit(target, unit)}.`;
}

/** Up to about `count` round values (1, 2, 2.5 or 5 times a power of ten apart) covering lo..hi. */
export function niceTicks(lo: number, hi: number, count = 4): number[] {
  if (lo === hi) return niceTicks(lo - 1, hi + 1, count);
  const raw = (hi - lo) / Math.max(1, count - 1);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const start = Math.floor(lo / step) * step;
  const ticks: number[] = [];
  for (let v = start; v < hi + step; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/**
 * A key result's values over time as a small line chart (recharts), with its target as a dashed
 * line. A picture with its words in the accessible name; nothing in it takes focus.
 */
export function KeyResultChart({ title, points, baseline, target, unit }: { title: string; points: readonly HistoryPoint[]; baseline: number; target: number; unit: string | null | undefined }) {
  const data = points.map((p) => ({ t: new Date(p.updatedAt).getTime(), value: p.value }));
  const values = [...data.map((d) => d.value), baseline, target];
  const ticks = niceTicks(Math.min(...values), Math.max(...values));
  // Updates within two days of each other are told apart by their time.
  const sameDays = data.length > 0 && data[data.length - 1].t - data[0].t < 2 * 24 * 60 * 60 * 1000;
  const tick = (t: number) => (sameDays ? new Date(t).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : formatShortDate(t));
  return (
    <Box role="img" aria-label={historySummary(title, points, target, unit)} h={96} w="100%" style={{ minWidth: 0 }}>
      <LineChart data={data} accessibilityLayer={false} responsive style={{ width: '100%', height: 96 }} margin={{ top: 6, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="2 4" vertical={false} />
        <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={tick} tick={{ fontSize: 11, fill: '#495057' }} minTickGap={24} />
        <YAxis domain={[ticks[0], ticks[ticks.length - 1]]} ticks={ticks} interval={0} width={44} tick={{ fontSize: 11, fill: '#495057' }} tickFormatter={(v: number) => withUnit(v, null)} />
        <ReferenceLine y={target} stroke="#2f9e44" strokeDasharray="4 3" />
        <Line type="monotone" dataKey="value" stroke="#4c6ef5" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </Box>
  );
}
