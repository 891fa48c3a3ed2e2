// `--shard i/N`: shard i (0-based, as Kubernetes' JOB_COMPLETION_INDEX) of N takes the points whose
// index is i modulo N — round robin, so every shard gets a similar mix of the grid.
import type { StudyPoint } from './types.js';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | string {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return `--shard ${text}: expected i/N, e.g. 0/3 (shards are numbered from 0)`;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) return `--shard ${text}: N must be at least 1`;
  if (index >= count) return `--shard ${text}: i must be below N (shards are numbered 0 … ${count - 1})`;
  return { index, count };
}

export function inShard(point: StudyPoint, shard?: Shard): boolean {
  return !shard || point.index % shard.count === shard.index;
}
