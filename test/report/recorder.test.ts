import { describe, expect, it } from 'vitest';
import { Recorder, SUMMARY_LIST_LIMIT } from '../../src/report/recorder.js';

describe('Recorder per-object lists', () => {
  it('keeps a short list inline in the summary and writes no table', () => {
    const r = new Recorder();
    r.addObjectList('pods', () => [{ name: 'a', labels: ['x', 'y'] }]);
    expect(r.summary()).toEqual({ pods: [{ name: 'a', labels: ['x', 'y'] }] });
    expect(r.extraTables()).toEqual([]);
  });

  it('moves a long list to <key>.csv, flattening lists and objects, and keeps count + file', () => {
    const r = new Recorder();
    let calls = 0;
    const n = SUMMARY_LIST_LIMIT + 1;
    r.addObjectList('nodes', () => {
      calls += 1;
      return Array.from({ length: n }, (_, i) => ({ name: `n${i}`, pods: ['p', 'q'], extra: { a: 1 }, gone: undefined }));
    });
    expect(r.summary()).toEqual({ nodes: { count: n, file: 'nodes.csv' } });
    const [[name, rows]] = r.extraTables();
    expect(name).toBe('nodes');
    expect(rows).toHaveLength(n);
    expect(rows[0]).toEqual({ name: 'n0', pods: 'p q', extra: '{"a":1}', gone: null });
    expect(calls).toBe(1);
  });
});
