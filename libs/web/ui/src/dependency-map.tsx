import { Anchor, Box, Group, Stack, Table, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';

/*
 * Drawn by hand in SVG: the map is a few boxes per column and a curve per dependency, which a
 * chart library (recharts draws series on axes) cannot say, and a graph-layout library would add
 * tens of kilobytes for a layout that is a grid. Columns are tribes, boxes their squads, in the
 * order given; an arrow goes from the squad that needs something to the squad that provides it.
 */

export type DependencyMapStatus = 'REQUESTED' | 'ACCEPTED' | 'DELIVERED' | 'DECLINED';

export interface DependencyMapSquad {
  id: string;
  name: string;
  /** Where the squad's name links to in the text alternative, e.g. its page. */
  href?: string;
}

export interface DependencyMapTribe {
  id: string;
  name: string;
  squads: readonly DependencyMapSquad[];
}

export interface DependencyMapDependency {
  id: string;
  /** The squad that needs something. */
  requesterId: string;
  /** The squad that provides it. */
  providerId: string;
  description: string;
  status: DependencyMapStatus;
  /** Past its needed-by date and not delivered. */
  overdue: boolean;
  /** ISO date the requester needs it by, if any. */
  neededBy?: string | null;
}

export interface DependencyMapProps {
  /** Names the picture and its table, e.g. "Dependencies between the squads of Payments". */
  title: string;
  tribes: readonly DependencyMapTribe[];
  dependencies: readonly DependencyMapDependency[];
}

/** Each status's colour and words; the colour is never the only sign (the table and the legend say it). */
export const DEPENDENCY_STATUS_STYLE: Record<DependencyMapStatus, { color: string; label: string }> = {
  REQUESTED: { color: 'var(--mantine-color-blue-7)', label: 'Requested' },
  ACCEPTED: { color: 'var(--mantine-color-violet-7)', label: 'Accepted' },
  DELIVERED: { color: 'var(--mantine-color-green-8)', label: 'Delivered' },
  DECLINED: { color: 'var(--mantine-color-gray-6)', label: 'Declined' },
};
const STATUSES = Object.keys(DEPENDENCY_STATUS_STYLE) as DependencyMapStatus[];
const OVERDUE_COLOR = 'var(--mantine-color-red-9)';

const BOX_W = 190;
const BOX_H = 40;
const GAP_Y = 18;
const GAP_X = 110;
const HEAD_H = 34;
const PAD = 16;
/** Narrower than this, the picture and the table scroll sideways in their boxes instead of shrinking. */
const MIN_PICTURE_WIDTH = 560;
const MIN_TABLE_WIDTH = 520;
/** How far a curve between two squads of one column bulges out to the right. */
const LOOP = 46;

export interface PlacedBox {
  squad: DependencyMapSquad;
  tribe: DependencyMapTribe;
  x: number;
  y: number;
}

export interface PlacedArrow {
  dependency: DependencyMapDependency;
  path: string;
  /** Where the overdue label sits: the curve's middle. */
  mid: { x: number; y: number };
}

export interface DependencyMapLayout {
  width: number;
  height: number;
  columns: { tribe: DependencyMapTribe; x: number }[];
  boxes: Map<string, PlacedBox>;
  arrows: PlacedArrow[];
}

/** Where everything goes; dependencies naming a squad not on the map are left out of the picture. */
export function layoutDependencyMap(tribes: readonly DependencyMapTribe[], dependencies: readonly DependencyMapDependency[]): DependencyMapLayout {
  const boxes = new Map<string, PlacedBox>();
  const columns = tribes.map((tribe, i) => {
    const x = PAD + i * (BOX_W + GAP_X);
    tribe.squads.forEach((squad, j) => {
      if (!boxes.has(squad.id)) boxes.set(squad.id, { squad, tribe, x, y: PAD + HEAD_H + j * (BOX_H + GAP_Y) });
    });
    return { tribe, x };
  });
  const tallest = Math.max(0, ...tribes.map((t) => t.squads.length));
  const drawn = dependencies.filter((d) => boxes.has(d.requesterId) && boxes.has(d.providerId) && d.requesterId !== d.providerId);

  // Each box side spreads the ends of its arrows evenly, so two arrows never share a point.
  const ends = new Map<string, string[]>();
  const sideOf = (from: PlacedBox, to: PlacedBox) => (to.x > from.x ? 'right' : to.x < from.x ? 'left' : 'right');
  const note = (key: string, id: string) => ends.set(key, [...(ends.get(key) ?? []), id]);
  for (const d of drawn) {
    const a = boxes.get(d.requesterId)!;
    const b = boxes.get(d.providerId)!;
    note(`${d.requesterId}:${sideOf(a, b)}`, `${d.id}:from`);
    note(`${d.providerId}:${sideOf(b, a)}`, `${d.id}:to`);
  }
  const anchor = (box: PlacedBox, side: string, key: string) => {
    const list = ends.get(`${box.squad.id}:${side}`) ?? [key];
    const k = list.indexOf(key);
    return { x: side === 'right' ? box.x + BOX_W : box.x, y: box.y + (BOX_H * (k + 1)) / (list.length + 1) };
  };

  const arrows = drawn.map((d): PlacedArrow => {
    const a = boxes.get(d.requesterId)!;
    const b = boxes.get(d.providerId)!;
    const p = anchor(a, sideOf(a, b), `${d.id}:from`);
    const q = anchor(b, sideOf(b, a), `${d.id}:to`);
    if (a.x === b.x) {
      const bulge = p.x + LOOP + Math.min(40, Math.abs(q.y - p.y) / 8);
      return { dependency: d, path: `M ${p.x} ${p.y} C ${bulge} ${p.y}, ${bulge} ${q.y}, ${q.x + 6} ${q.y}`, mid: { x: p.x + (bulge - p.x) * 0.75, y: (p.y + q.y) / 2 } };
    }
    const pull = (q.x - p.x) / 2;
    return { dependency: d, path: `M ${p.x} ${p.y} C ${p.x + pull} ${p.y}, ${q.x - pull} ${q.y}, ${q.x - Math.sign(pull) * 6} ${q.y}`, mid: { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 } };
  });

  const width = Math.max(BOX_W + 2 * PAD, PAD * 2 + tribes.length * BOX_W + Math.max(0, tribes.length - 1) * GAP_X + LOOP + 40);
  const height = PAD * 2 + HEAD_H + tallest * (BOX_H + GAP_Y);
  return { width, height, columns, boxes, arrows };
}

function formatDay(iso: string): string {
  return new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

/**
 * Squads grouped by tribe with an arrow per dependency, coloured by status, overdue ones dashed and
 * labelled; a legend; and the same dependencies as a table, for whoever does not see the picture.
 */
export function DependencyMap({ title, tribes, dependencies }: DependencyMapProps) {
  const id = useId().replace(/:/g, '');
  const layout = layoutDependencyMap(tribes, dependencies);
  const overdue = dependencies.filter((d) => d.overdue).length;
  const summary = `${dependencies.length} ${dependencies.length === 1 ? 'dependency' : 'dependencies'} between ${layout.boxes.size} squads of ${tribes.length} ${tribes.length === 1 ? 'tribe' : 'tribes'}${overdue ? `, ${overdue} overdue` : ''}. The table below lists them.`;
  const name = (squadId: string) => layout.boxes.get(squadId)?.squad;

  return (
    <Stack gap="sm">
      <Legend id={id} />
      {/* On a narrow screen the picture keeps a readable size and scrolls sideways in its own box (focusable, so keyboards scroll it too). */}
      <Box tabIndex={0} role="group" aria-label={`${title}, a picture that scrolls sideways on small screens`} style={{ overflowX: 'auto' }}>
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          style={{ maxWidth: layout.width, minWidth: Math.min(layout.width, MIN_PICTURE_WIDTH), height: 'auto', display: 'block' }}
          fontFamily="var(--mantine-font-family)"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{summary}</desc>
          <defs>
            {STATUSES.map((s) => (
              <marker key={s} id={`${id}-arrow-${s}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" fill={DEPENDENCY_STATUS_STYLE[s].color} />
              </marker>
            ))}
          </defs>
          {layout.columns.map(({ tribe, x }) => (
            <g key={tribe.id}>
              <rect x={x - 8} y={PAD - 6} width={BOX_W + 16} height={layout.height - 2 * PAD + 6} rx={8} fill="var(--mantine-color-gray-0)" stroke="var(--mantine-color-gray-4)" />
              <text x={x + BOX_W / 2} y={PAD + 16} textAnchor="middle" fontSize={14} fontWeight={700} fill="var(--mantine-color-gray-9)">
                {clip(tribe.name, 24)}
              </text>
            </g>
          ))}
          {[...layout.boxes.values()].map((b) => (
            <g key={b.squad.id}>
              <rect x={b.x} y={b.y} width={BOX_W} height={BOX_H} rx={6} fill="var(--mantine-color-white)" stroke="var(--mantine-color-gray-6)" />
              <text x={b.x + BOX_W / 2} y={b.y + BOX_H / 2 + 5} textAnchor="middle" fontSize={13} fill="var(--mantine-color-gray-9)">
                {clip(b.squad.name, 24)}
              </text>
            </g>
          ))}
          {layout.arrows.map(({ dependency: d, path, mid }) => (
            <g key={d.id}>
              <path
                d={path}
                fill="none"
                stroke={DEPENDENCY_STATUS_STYLE[d.status].color}
                strokeWidth={d.overdue ? 2.5 : 2}
                strokeDasharray={d.overdue ? '7 5' : undefined}
                markerEnd={`url(#${id}-arrow-${d.status})`}
              />
              {d.overdue && (
                <text x={mid.x} y={mid.y - 4} textAnchor="middle" fontSize={11} fontWeight={700} fill={OVERDUE_COLOR} stroke="var(--mantine-color-white)" strokeWidth={4} paintOrder="stroke">
                  overdue
                </text>
              )}
            </g>
          ))}
        </svg>
      </Box>
      {dependencies.length === 0 ? (
        <Text c="dimmed">No dependencies between these squads yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={MIN_TABLE_WIDTH}>
          <Table striped verticalSpacing={6} fz="sm">
            <Table.Caption>{title}: each dependency in words</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Squad that needs it</Table.Th>
                <Table.Th>What</Table.Th>
                <Table.Th>From squad</Table.Th>
                <Table.Th>Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {dependencies.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <SquadName squad={name(d.requesterId)} />
                  </Table.Td>
                  <Table.Td style={{ minWidth: '10rem' }}>
                    {d.description}
                    {d.neededBy && (
                      <Text span size="xs" c="dimmed">
                        {' '}
                        (by {formatDay(d.neededBy)})
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <SquadName squad={name(d.providerId)} />
                  </Table.Td>
                  <Table.Td>
                    {DEPENDENCY_STATUS_STYLE[d.status].label}
                    {d.overdue && (
                      <Text span fw={700} c="red.9" size="sm">
                        , overdue
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function SquadName({ squad }: { squad?: DependencyMapSquad }) {
  if (!squad) return <>a squad not on this map</>;
  return squad.href ? (
    <Anchor component={Link} to={squad.href} size="sm">
      {squad.name}
    </Anchor>
  ) : (
    <>{squad.name}</>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** What the colours and the dashes mean, in words beside a sample of each line. */
function Legend({ id }: { id: string }) {
  const sample = (color: string, dashed = false) => (
    <svg width="34" height="10" aria-hidden focusable="false">
      <line x1="1" y1="5" x2="33" y2="5" stroke={color} strokeWidth={dashed ? 2.5 : 2} strokeDasharray={dashed ? '7 5' : undefined} />
    </svg>
  );
  return (
    <Group component="ul" gap="md" aria-label="Legend of the dependency map" id={`${id}-legend`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {STATUSES.map((s) => (
        <Group component="li" key={s} gap={6} wrap="nowrap">
          {sample(DEPENDENCY_STATUS_STYLE[s].color)}
          <Text size="sm">{DEPENDENCY_STATUS_STYLE[s].label}</Text>
        </Group>
      ))}
      <Group component="li" gap={6} wrap="nowrap">
        {sample('var(--mantine-color-gray-8)', true)}
        <Text size="sm">Dashed, labelled “overdue”: past its date, not delivered</Text>
      </Group>
      <Group component="li" gap={6} wrap="nowrap">
        <Text size="sm" c="dimmed">
          Arrows point from the squad that needs something to the squad that provides it.
        </Text>
      </Group>
    </Group>
  );
}
