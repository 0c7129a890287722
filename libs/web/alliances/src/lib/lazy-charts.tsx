import { Box } from '@mantine/core';
import { lazy, Suspense, type ComponentProps } from 'react';

/*
 * recharts loads after the alliance's page has its data and words on screen: the charts are a
 * chunk of their own, fetched by the alliance page only (never by the first page or the list).
 */
const KeyResultChartChunk = lazy(() => import('./key-result-chart').then((m) => ({ default: m.KeyResultChart })));
const MilestoneTimelineChunk = lazy(() => import('./milestone-timeline').then((m) => ({ default: m.MilestoneTimeline })));

export function KeyResultChart(props: ComponentProps<typeof KeyResultChartChunk>) {
  return (
    <Suspense fallback={<Box h={96} aria-hidden />}>
      <KeyResultChartChunk {...props} />
    </Suspense>
  );
}

export function MilestoneTimeline(props: ComponentProps<typeof MilestoneTimelineChunk>) {
  return (
    <Suspense fallback={<Box h={180} aria-hidden />}>
      <MilestoneTimelineChunk {...props} />
    </Suspense>
  );
}
