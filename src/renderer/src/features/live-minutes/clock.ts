/** Wall-clock readings for time on an item, taken only in event handlers (never while rendering). */
export function clockNow(): number {
  return Date.now();
}

export function secondsSince(start: number): number {
  return Math.max(0, clockNow() - start) / 1000;
}
