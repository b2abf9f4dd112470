/** "1 meeting", "2 meetings", "0 meetings": a count with its noun, as a secretary would write it. */
export function countOf(count: number, one: string, many: string): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}
