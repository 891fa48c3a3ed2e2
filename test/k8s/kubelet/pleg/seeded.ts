// A seeded uniform source for tests (the engine's randomStream satisfies the same interface).
import seedrandom from 'seedrandom';
import type { UniformSource } from '../../../../src/k8s/kubelet/pleg/index.js';

export function seeded(seed: string): UniformSource {
  const rng = seedrandom(seed);
  return { next: () => rng() };
}
