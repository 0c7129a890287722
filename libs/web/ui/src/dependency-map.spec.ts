import { describe, expect, it } from '@jest/globals';
import { layoutDependencyMap, type DependencyMapTribe } from './dependency-map';

const tribes: DependencyMapTribe[] = [
  { id: 't1', name: 'Payments', squads: [{ id: 'a', name: 'Checkout' }, { id: 'b', name: 'Billing' }] },
  { id: 't2', name: 'Platform', squads: [{ id: 'c', name: 'Infra' }] },
];
const dep = (id: string, requesterId: string, providerId: string) => ({ id, requesterId, providerId, description: id, status: 'REQUESTED' as const, overdue: false });

describe('layoutDependencyMap', () => {
  it('puts each tribe in a column and its squads one under another', () => {
    const { boxes, columns } = layoutDependencyMap(tribes, []);
    expect(columns.map((c) => c.tribe.id)).toEqual(['t1', 't2']);
    expect(boxes.get('a')!.x).toBe(boxes.get('b')!.x);
    expect(boxes.get('b')!.y).toBeGreaterThan(boxes.get('a')!.y);
    expect(boxes.get('c')!.x).toBeGreaterThan(boxes.get('a')!.x);
  });

  it('draws an arrow from the requester to the provider, leaving the right side towards a squad to the right', () => {
    const { arrows, boxes } = layoutDependencyMap(tribes, [dep('d1', 'a', 'c')]);
    expect(arrows).toHaveLength(1);
    const start = arrows[0].path.match(/^M ([\d.]+) ([\d.]+)/)!;
    expect(Number(start[1])).toBe(boxes.get('a')!.x + 190);
    const end = arrows[0].path.split(',').pop()!.trim().split(' ').map(Number);
    expect(end[0]).toBeLessThan(boxes.get('c')!.x);
  });

  it('spreads the ends of two arrows on one side of a box apart', () => {
    const { arrows } = layoutDependencyMap(tribes, [dep('d1', 'a', 'c'), dep('d2', 'b', 'c')]);
    const endY = arrows.map((a) => a.path.split(' ').pop());
    expect(endY[0]).not.toBe(endY[1]);
  });

  it('loops out to the side between two squads of one tribe, and leaves out squads not on the map', () => {
    const { arrows } = layoutDependencyMap(tribes, [dep('d1', 'a', 'b'), dep('d2', 'a', 'elsewhere')]);
    expect(arrows.map((a) => a.dependency.id)).toEqual(['d1']);
    const xs = arrows[0].path.match(/[\d.]+/g)!.map(Number).filter((_, i) => i % 2 === 0);
    expect(Math.max(...xs)).toBeGreaterThan(xs[0]);
  });
});
