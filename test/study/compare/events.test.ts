// events.csv compared event by event.
import { describe, expect, it } from 'vitest';
import { compareEvents } from '../../../src/study/compare/events.js';
import { EXACT } from '../../../src/study/compare/tolerance.js';

const header = 'time_s,object_kind,object,reason,message\n';
const a = `${header}0,Pod,web-a,Scheduled,Successfully assigned default/web-a to node-1\n20,Pod,extra,FailedScheduling,"0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory."\n40,Pod,extra,Scheduled,Successfully assigned default/extra to node-1\n`;

describe('compareEvents', () => {
  it('equal files', () => {
    expect(compareEvents(a, a, EXACT)).toEqual({ countA: 3, countB: 3, differing: 0, first: undefined });
  });

  it('the first differing event, as CSV lines, with the earlier of the two times', () => {
    const b = a.replace(
      '20,Pod,extra,FailedScheduling,"0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory."',
      '15,Pod,extra,Scheduled,Successfully assigned default/extra to node-1',
    );
    const d = compareEvents(a, b, EXACT);
    expect(d.first).toEqual({
      index: 2,
      time_s: 15,
      a: '20,Pod,extra,FailedScheduling,"0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory."',
      b: '15,Pod,extra,Scheduled,Successfully assigned default/extra to node-1',
    });
    expect(d.differing).toBe(1);
  });

  it('an extra event in one run', () => {
    const d = compareEvents(a, `${a}50,Node,node-1,NodeNotReady,x\n`, EXACT);
    expect(d).toMatchObject({ countA: 3, countB: 4, differing: 1, first: { index: 4, time_s: 50, b: '50,Node,node-1,NodeNotReady,x' } });
    expect(d.first?.a).toBeUndefined();
  });

  it('time tolerance applies to the time column', () => {
    const b = a.replace('40,Pod', '40.0004,Pod');
    expect(compareEvents(a, b, EXACT).differing).toBe(1);
    expect(compareEvents(a, b, { absolute: 0.001, relative: 0 }).differing).toBe(0);
  });

  it('a different header is reported first', () => {
    const d = compareEvents(a, a.replace('message', 'note'), EXACT);
    expect(d.first).toMatchObject({ index: 0 });
    expect(d.first?.time_s).toBeUndefined();
  });

  it('rejects a file that is not an events.csv', () => {
    expect(() => compareEvents('x,y\n', a, EXACT)).toThrow(/A events\.csv: not a kubetwin events\.csv/);
  });
});
