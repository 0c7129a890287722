/** The numbers of a key result that its progress depends on. */
export interface KeyResultNumbers {
  baseline: number;
  target: number;
  current: number;
}

/**
 * (current - baseline) / (target - baseline), clamped to 0..1, so a falling target (below the
 * baseline) works the same way as a rising one. When the target equals the baseline there is no
 * way to go: 1 once current equals the target (reached), else 0.
 */
export function keyResultProgress({ baseline, target, current }: KeyResultNumbers): number {
  if (target === baseline) return current === target ? 1 : 0;
  const p = (current - baseline) / (target - baseline);
  if (!Number.isFinite(p)) return 0;
  return Math.min(1, Math.max(0, p));
}

/** The mean progress of the key results, 0 when there are none. */
export function meanProgress(keyResults: readonly KeyResultNumbers[]): number {
  if (!keyResults.length) return 0;
  return keyResults.reduce((sum, k) => sum + keyResultProgress(k), 0) / keyResults.length;
}
