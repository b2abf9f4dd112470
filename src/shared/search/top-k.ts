/** A candidate: which year's index and which document in it. */
export interface Candidate {
  score: number;
  shard: number;
  doc: number;
}

/**
 * The best `size` candidates seen, in a min-heap, so ranking 100,000 matches for a common word costs
 * a comparison each instead of sorting them all.
 */
export class TopK {
  private readonly heap: Candidate[] = [];

  constructor(private readonly size: number) {}

  offer(score: number, shard: number, doc: number): void {
    const heap = this.heap;
    if (heap.length < this.size) {
      heap.push({ score, shard, doc });
      this.up(heap.length - 1);
    } else {
      const root = heap[0];
      if (root === undefined || score <= root.score) return;
      heap[0] = { score, shard, doc };
      this.down(0);
    }
  }

  /** Whether a candidate with this score would be kept: a cheap test before a costlier one. */
  wouldAccept(score: number): boolean {
    const root = this.heap[0];
    return this.heap.length < this.size || root === undefined || score > root.score;
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
      if (a === undefined || b === undefined || a.score >= b.score) return;
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
      if ((heap[left]?.score ?? Infinity) < (heap[smallest]?.score ?? Infinity)) smallest = left;
      if ((heap[right]?.score ?? Infinity) < (heap[smallest]?.score ?? Infinity)) smallest = right;
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
