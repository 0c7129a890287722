import { Box, Group, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { CartesianGrid, LabelList, ReferenceLine, Scatter, ScatterChart, XAxis, YAxis } from 'recharts';
import { formatDate, formatShortDate, MILESTONE_STATUS_INFO, MILESTONE_STATUSES, plural } from './labels';

export interface TimelineMilestone {
  id: string;
  title: string;
  dueDate: string;
  status: string;
  overdue: boolean;
  squad?: { name: string } | null;
}

const DAY = 24 * 60 * 60 * 1000;
const NO_SQUAD = 'No squad';
const LABEL_MAX = 22;

/** The timeline's rows: one lane per squad (alphabetical, "No squad" last) and each milestone's place on it. */
export function timelineLayout(milestones: readonly TimelineMilestone[], now: number) {
  const names = [...new Set(milestones.map((m) => m.squad?.name ?? NO_SQUAD))].sort((a, b) => (a === NO_SQUAD ? 1 : b === NO_SQUAD ? -1 : a.localeCompare(b)));
  const lanes = names.map((name, i) => ({ name, y: i }));
  const laneOf = new Map(lanes.map((l) => [l.name, l.y]));
  const points = milestones.map((m) => ({
    id: m.id,
    x: new Date(m.dueDate).getTime(),
    y: laneOf.get(m.squad?.name ?? NO_SQUAD) ?? 0,
    status: m.status,
    overdue: m.overdue,
    label: m.title.length > LABEL_MAX ? `${m.title.slice(0, LABEL_MAX - 1)}…` : m.title,
  }));
  const xs = [...points.map((p) => p.x), now];
  const span = Math.max(...xs) - Math.min(...xs);
  const pad = Math.max(span * 0.06, 3 * DAY);
  const domain: [number, number] = [Math.min(...xs) - pad, Math.max(...xs) + pad];
  return { lanes, points, domain };
}

/** Evenly spaced dates along the axis, at the start of a day. */
export function timelineTicks([from, to]: readonly [number, number], count: number): number[] {
  const step = (to - from) / (count + 1);
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(from + step * (i + 1));
    d.setHours(0, 0, 0, 0);
    return d.getTime();
  }).filter((t, i, all) => t > from && all.indexOf(t) === i);
}

interface LabelProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** A milestone's title to the right of its marker, on one line. */
function MarkerLabel({ x = 0, y = 0, width = 0, height = 0, value }: LabelProps) {
  return (
    <text x={Number(x) + Number(width) / 2 + 14} y={Number(y) + Number(height) / 2} dominantBaseline="central" fontSize={11} fill="#212529">
      {String(value ?? '')}
    </text>
  );
}

interface MarkerProps {
  cx?: number;
  cy?: number;
  payload?: { status: string; overdue: boolean };
}

/** Each status its own shape as well as its colour; an overdue milestone gets a red ring. */
function Marker({ cx = 0, cy = 0, payload }: MarkerProps) {
  const status = payload?.status ?? 'PLANNED';
  const color = MILESTONE_STATUS_INFO[status]?.hex ?? '#495057';
  const r = 7;
  return (
    <g>
      {payload?.overdue && <circle cx={cx} cy={cy} r={r + 5} fill="none" stroke="#c92a2a" strokeWidth={2} strokeDasharray="3 2" />}
      {status === 'PLANNED' && <circle cx={cx} cy={cy} r={r} fill="#fff" stroke={color} strokeWidth={3} />}
      {status === 'DONE' && <circle cx={cx} cy={cy} r={r} fill={color} />}
      {status === 'AT_RISK' && <polygon points={`${cx},${cy - r - 1} ${cx + r + 1},${cy + r} ${cx - r - 1},${cy + r}`} fill={color} />}
      {status === 'MISSED' && <path d={`M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx + r},${cy - r}L${cx - r},${cy + r}`} stroke={color} strokeWidth={4} strokeLinecap="round" />}
    </g>
  );
}

/**
 * The alliance's milestones on a time axis (recharts): one lane per squad, a "today" line, each
 * milestone a marker coloured and shaped by its status and labelled with its title; overdue ones
 * ringed in red. A picture: its words are in the accessible name, and the list beside it says the same.
 */
export function MilestoneTimeline({ milestones, now = Date.now() }: { milestones: readonly TimelineMilestone[]; now?: number }) {
  const { lanes, points, domain } = timelineLayout(milestones, now);
  // On a phone the markers go without their titles: the list below names each.
  const wide = useMediaQuery('(min-width: 48em)', true);
  const overdue = milestones.filter((m) => m.overdue).length;
  const summary =
    `Timeline of ${plural(milestones.length, 'milestone')} from ${formatDate(domain[0] + 1)} to ${formatDate(domain[1])}, today marked; ` +
    MILESTONE_STATUSES.map((s) => `${milestones.filter((m) => m.status === s).length} ${MILESTONE_STATUS_INFO[s].label.toLowerCase()}`).join(', ') +
    (overdue ? `, ${overdue} overdue` : '') +
    '. The list below names each.';
  const height = 56 + lanes.length * 56;
  return (
    <Box>
      <Box role="img" aria-label={summary} w="100%" h={height} style={{ minWidth: 0 }}>
        <ScatterChart accessibilityLayer={false} responsive style={{ width: '100%', height }} margin={{ top: 22, right: wide ? 120 : 16, bottom: 4, left: 4 }}>
          <CartesianGrid strokeDasharray="2 4" />
          <XAxis dataKey="x" type="number" scale="time" domain={domain} ticks={timelineTicks(domain, wide ? 6 : 3)} tickFormatter={(t: number) => formatShortDate(t)} tick={{ fontSize: 11, fill: '#495057' }} interval={0} />
          <YAxis
            dataKey="y"
            type="number"
            domain={[-0.6, lanes.length - 0.4]}
            ticks={lanes.map((l) => l.y)}
            tickFormatter={(y: number) => lanes[y]?.name ?? ''}
            width={wide ? 110 : 72}
            tick={{ fontSize: 11, fill: '#212529' }}
            reversed
            interval={0}
          />
          <ReferenceLine x={now} stroke="#c92a2a" strokeWidth={2} label={{ value: 'Today', position: 'top', fill: '#c92a2a', fontSize: 11 }} />
          {MILESTONE_STATUSES.map((s) => (
            <Scatter key={s} name={MILESTONE_STATUS_INFO[s].label} data={points.filter((p) => p.status === s)} shape={(props: unknown) => <Marker {...(props as MarkerProps)} />} isAnimationActive={false}>
              {wide && <LabelList dataKey="label" content={(props: unknown) => <MarkerLabel {...(props as LabelProps)} />} />}
            </Scatter>
          ))}
        </ScatterChart>
      </Box>
      <Group gap="md" wrap="wrap" mt={4} aria-hidden>
        {MILESTONE_STATUSES.map((s) => (
          <Group key={s} gap={4} wrap="nowrap">
            <svg width={20} height={20} viewBox="0 0 20 20">
              <Marker cx={10} cy={10} payload={{ status: s, overdue: false }} />
            </svg>
            <Text size="xs">{MILESTONE_STATUS_INFO[s].label}</Text>
          </Group>
        ))}
        <Group gap={4} wrap="nowrap">
          <svg width={28} height={28} viewBox="0 0 28 28">
            <Marker cx={14} cy={14} payload={{ status: 'PLANNED', overdue: true }} />
          </svg>
          <Text size="xs">Overdue</Text>
        </Group>
        <Group gap={4} wrap="nowrap">
          <svg width={8} height={20} viewBox="0 0 8 20">
            <line x1={4} x2={4} y1={0} y2={20} stroke="#c92a2a" strokeWidth={2} />
          </svg>
          <Text size="xs">Today</Text>
        </Group>
      </Group>
    </Box>
  );
}
