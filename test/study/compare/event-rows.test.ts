// events.csv row by row: events of one object at one time are matched, so a changed decision is
// reported as that event (reason or message A → B) and later events are not all shifted.
import { describe, expect, it } from 'vitest';
import { diffEventRows } from '../../../src/study/compare/event-rows.js';
import { EXACT } from '../../../src/study/compare/tolerance.js';

const H = 'time_s,object_kind,object,reason,message\n';
const base = `${H}0,Pod,a,Scheduled,to n1\n20,Pod,x,FailedScheduling,full\n40,Pod,x,Scheduled,to n1\n40,Pod,x,Pulled,image\n`;

describe('diffEventRows', () => {
  it('equal files have no changes', () => {
    expect(diffEventRows(base, base, EXACT)).toEqual({ changes: 0, changed: 0, onlyA: 0, onlyB: 0, list: [] });
  });

  it('a decision taken earlier: the changed reason at 20 s, then what moved', () => {
    const b = `${H}0,Pod,a,Scheduled,to n1\n20,Pod,x,Scheduled,to n2\n20,Pod,x,Pulled,image\n`;
    const d = diffEventRows(base, b, EXACT);
    expect(d.list).toEqual([
      {
        time_s: 20,
        kind: 'Pod',
        object: 'x',
        what: 'reason',
        a: { reason: 'FailedScheduling', message: 'full' },
        b: { reason: 'Scheduled', message: 'to n2' },
      },
      { time_s: 20, kind: 'Pod', object: 'x', what: 'only B', b: { reason: 'Pulled', message: 'image' } },
      { time_s: 40, kind: 'Pod', object: 'x', what: 'only A', a: { reason: 'Scheduled', message: 'to n1' } },
      { time_s: 40, kind: 'Pod', object: 'x', what: 'only A', a: { reason: 'Pulled', message: 'image' } },
    ]);
    expect(d).toMatchObject({ changes: 4, changed: 1, onlyA: 2, onlyB: 1 });
  });

  it('same reason, other message: the message column, matched by reason not position', () => {
    const b = `${H}0,Pod,a,Scheduled,to n2\n20,Pod,x,FailedScheduling,full\n40,Pod,x,Pulled,image\n40,Pod,x,Scheduled,to n1\n`;
    const d = diffEventRows(base, b, EXACT);
    expect(d.list).toEqual([
      {
        time_s: 0,
        kind: 'Pod',
        object: 'a',
        what: 'message',
        a: { reason: 'Scheduled', message: 'to n1' },
        b: { reason: 'Scheduled', message: 'to n2' },
      },
    ]);
  });

  it('another object at the same time is not paired with this one', () => {
    const b = base.replace('0,Pod,a,Scheduled', '0,Pod,b,Scheduled');
    const d = diffEventRows(base, b, EXACT);
    expect(d.list.map((c) => `${c.object} ${c.what}`)).toEqual(['a only A', 'b only B']);
  });

  it('messages are compared within the tolerance', () => {
    const a = `${H}5,Pod,x,Killing,1.0\n`;
    const b = `${H}5,Pod,x,Killing,1.0005\n`;
    expect(diffEventRows(a, b, EXACT).changes).toBe(1);
    expect(diffEventRows(a, b, { absolute: 0.001, relative: 0 }).changes).toBe(0);
  });
});
