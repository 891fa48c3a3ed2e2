import { describe, expect, it } from 'vitest';
import { samplesOf } from '../../src/sim/sample-index.js';
import type { SampleRow } from '../../src/sim/recorder.js';

const row = (time: number, kind: string, object: string): SampleRow => ({ time, kind, object, values: { v: time } });

describe('samplesOf', () => {
  it('returns the rows of one kind and object in recorded order, like a filter', () => {
    const samples = [row(0, 'pod', 'a'), row(0, 'node', 'a'), row(1, 'pod', 'b'), row(1, 'pod', 'a'), row(2, 'pod', 'a')];
    expect(samplesOf(samples, 'pod', 'a')).toEqual(samples.filter((s) => s.kind === 'pod' && s.object === 'a'));
    expect(samplesOf(samples, 'node', 'a').map((s) => s.time)).toEqual([0]);
    expect(samplesOf(samples, 'node', 'b')).toEqual([]);
  });

  it('sees rows appended after a first lookup', () => {
    const samples = [row(0, 'pod', 'a')];
    expect(samplesOf(samples, 'pod', 'a')).toHaveLength(1);
    samples.push(row(1, 'pod', 'a'), row(1, 'pod', 'b'));
    expect(samplesOf(samples, 'pod', 'a').map((s) => s.time)).toEqual([0, 1]);
    expect(samplesOf(samples, 'pod', 'b')).toHaveLength(1);
  });

  it('does not confuse kind/object pairs that concatenate alike', () => {
    const samples = [row(0, 'ab', 'c'), row(1, 'a', 'bc')];
    expect(samplesOf(samples, 'ab', 'c').map((s) => s.time)).toEqual([0]);
    expect(samplesOf(samples, 'a', 'bc').map((s) => s.time)).toEqual([1]);
  });
});
