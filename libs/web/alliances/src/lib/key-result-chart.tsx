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

/**
 * A key result's values over time as a small line chart (recharts), with its target as a dashed
 * line. A picture with its words in the accessible name; nothing in it takes focus.
 */
export function KeyResultChart({ title, points, baseline, target, unit }: { title: string; points: readonly HistoryPoint[]; baseline: number; target: number; unit: string | null | undefined }) {
  const data = points.map((p) => ({ t: new Date(p.updatedAt).getTime(), value: p.value }));
  const values = [...data.map((d) => d.value), baseline, target];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.1;
  // Updates within two days of each other are told apart by their time.
  const sameDays = data.length > 0 && data[data.length - 1].t - data[0].t < 2 * 24 * 60 * 60 * 1000;
  const tick = (t: number) => (sameDays ? new Date(t).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' }) : formatShortDate(t));
  return (
    <Box role="img" aria-label={historySummary(title, points, target, unit)} h={96} w="100%" style={{ minWidth: 0 }}>
      <LineChart data={data} accessibilityLayer={false} responsive style={{ width: '100%', height: 96 }} margin={{ top: 6, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="2 4" vertical={false} />
        <XAxis dataKey="t" type="number" scale="time" domain={['dataMin', 'dataMax']} tickFormatter={tick} tick={{ fontSize: 11, fill: '#495057' }} minTickGap={24} />
        <YAxis domain={[lo - pad, hi + pad]} width={44} tick={{ fontSize: 11, fill: '#495057' }} tickFormatter={(v: number) => withUnit(Math.round(v * 100) / 100, null)} />
        <ReferenceLine y={target} stroke="#2f9e44" strokeDasharray="4 3" />
        <Line type="monotone" dataKey="value" stroke="#4c6ef5" strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </LineChart>
    </Box>
  );
}
