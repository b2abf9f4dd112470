/**
 * Which letters sit next to each other on a UK/US QWERTY keyboard: a letter typed for its
 * neighbour is the commonest kind of typo, far commoner than a letter from across the keyboard.
 */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function buildNeighbours(): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  ROWS.forEach((row, r) => {
    [...row].forEach((letter, i) => {
      // Each row sits half a key to the right of the one above it.
      const near = [row[i - 1], row[i + 1], ROWS[r - 1]?.[i], ROWS[r - 1]?.[i + 1]];
      near.push(ROWS[r + 1]?.[i - 1], ROWS[r + 1]?.[i]);
      neighbours.set(letter, new Set(near.filter((key): key is string => key !== undefined)));
    });
  });
  return neighbours;
}

const NEIGHBOURS = buildNeighbours();

/** True when `b` is on a key touching `a`'s. */
export function adjacentKeys(a: string, b: string): boolean {
  return NEIGHBOURS.get(a)?.has(b) ?? false;
}

/** The letters on the keys around `letter`, for generating realistic typos. */
export function keysAround(letter: string): string[] {
  return [...(NEIGHBOURS.get(letter) ?? [])];
}
