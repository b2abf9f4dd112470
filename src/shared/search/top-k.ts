/** A candidate: which year's index and which document in it. */
export interface Candidate {
  score: number;
  shard: number;
  doc: number;
}

/**
 * Whether `a` ranks below `b`: by score, then the later year's index and document lose ties, so the
 * page is the same whatever order the candidates are offered in.
 */
function below(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score < b.score;
  if (a.shard !== b.shard) return a.shard > b.shard;
  return a.doc > b.doc;
}

/**
 * The best `size` candidates seen, in a min-heap, so ranking 100,000 matches for a common word costs
 * a comparison each instead of sorting them all.
 */
export class TopK {
  private readonly heap: Candidate[] = [];

  constructor(private readonly size: number) {}

  get full(): boolean {
    return this.heap.length >= this.size;
  }

  /**
   * The score a candidate must reach to be kept (a tie may still lose on its position); -Infinity
   * until the heap is full. Scoring loops read it once per offer rather than calling per document.
   */
  get threshold(): number {
    const root = this.heap[0];
    return this.heap.length < this.size || root === undefined ? -Infinity : root.score;
  }

  offer(score: number, shard: number, doc: number): void {
    const heap = this.heap;
    if (this.size <= 0) return;
    const candidate = { score, shard, doc };
    if (heap.length < this.size) {
      heap.push(candidate);
      this.up(heap.length - 1);
    } else {
      const root = heap[0];
      if (root === undefined || !below(root, candidate)) return;
      heap[0] = candidate;
      this.down(0);
    }
  }

  /** Whether a candidate with this score could be kept: a cheap test before a costlier one. */
  wouldAccept(score: number): boolean {
    return score >= this.threshold;
  }

  /** Best first. */
  sorted(): Candidate[] {
    return [...this.heap].sort((a, b) => b.score - a.score || a.shard - b.shard || a.doc - b.doc);
  }

  private up(index: number): void {
    const heap = this.heap;
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      const a = heap[child];
      const b = heap[parent];
      if (a === undefined || b === undefined || !below(a, b)) return;
      heap[child] = b;
      heap[parent] = a;
      child = parent;
    }
  }

  private down(index: number): void {
    const heap = this.heap;
    let parent = index;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let smallest = parent;
      const l = heap[left];
      const r = heap[right];
      const s = heap[smallest];
      if (l !== undefined && s !== undefined && below(l, s)) smallest = left;
      const m = heap[smallest];
      if (r !== undefined && m !== undefined && below(r, m)) smallest = right;
      if (smallest === parent) return;
      const a = heap[parent];
      const b = heap[smallest];
      if (a === undefined || b === undefined) return;
      heap[parent] = b;
      heap[smallest] = a;
      parent = smallest;
    }
  }
}
