// CSV formula injection (OWASP): string cells starting with =, +, -, @, tab or CR get a leading
// apostrophe; numbers (by type, or a string that is a plain decimal number) are written as is.
import { describe, expect, it } from 'vitest';
import { Recorder } from '../../src/report/recorder.js';
import { eventsCsv, safeCell, tableCsv } from '../../src/report/write.js';

describe('CSV formula injection', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+cmd|calc', `'+cmd|calc`],
    ['-2+3', `'-2+3`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['-1.5', '-1.5'],
    ['+3e2', '+3e2'],
    ['-', `'-`],
    ['plain', 'plain'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('safeCell(%j) = %j', (input, out) => {
    expect(safeCell(input)).toBe(out);
  });

  it('neutralises event cells and table cells and headers, never numbers', () => {
    const rec = new Recorder();
    rec.event(1500, 'Pod', 'web-1', '=reason', '@message');
    expect(eventsCsv(rec)).toBe(`time_s,object_kind,object,reason,message\n1.5,Pod,web-1,'=reason,'@message\n`);
    const csv = tableCsv([{ '=param': -1.5, name: '+x', text: '-1.5', flag: true }]);
    expect(csv).toBe(`'=param,name,text,flag\n-1.5,'+x,-1.5,1\n`);
  });
});
