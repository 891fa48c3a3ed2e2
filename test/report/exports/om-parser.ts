// A small parser of the OpenMetrics text format (the subset kubetwin writes: gauge families with
// HELP/TYPE, samples with labels and timestamps, `# EOF`), checking the grammar's ordering rules.
export interface OmSample {
  name: string;
  labels: Record<string, string>;
  value: number;
  timestamp: number;
}
export interface OmFamily {
  name: string;
  help?: string;
  type?: string;
  samples: OmSample[];
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

function parseLabels(s: string, line: number): [Record<string, string>, string] {
  const labels: Record<string, string> = {};
  let i = 1; // after '{'
  while (s[i] !== '}') {
    const eq = s.indexOf('=', i);
    const key = s.slice(i, eq);
    if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(key)) throw new Error(`line ${line}: bad label name ${key}`);
    if (s[eq + 1] !== '"') throw new Error(`line ${line}: label value not quoted`);
    let j = eq + 2;
    let v = '';
    while (s[j] !== '"') {
      if (j >= s.length) throw new Error(`line ${line}: unterminated label value`);
      if (s[j] === '\\') {
        const n = s[j + 1];
        if (n === 'n') v += '\n';
        else if (n === '\\' || n === '"') v += n;
        else throw new Error(`line ${line}: bad escape \\${n}`);
        j += 2;
      } else v += s[j++];
    }
    if (key in labels) throw new Error(`line ${line}: duplicate label ${key}`);
    labels[key] = v;
    i = j + 1;
    if (s[i] === ',') i++;
    else if (s[i] !== '}') throw new Error(`line ${line}: expected , or }`);
  }
  return [labels, s.slice(i + 1)];
}

function parseNumber(s: string, line: number): number {
  if (s === '+Inf') return Infinity;
  if (s === '-Inf') return -Infinity;
  if (s === 'NaN') return NaN;
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s)) throw new Error(`line ${line}: bad number ${s}`);
  return Number(s);
}

export function parseOpenMetrics(text: string): OmFamily[] {
  if (!text.endsWith('# EOF\n')) throw new Error('the text does not end with "# EOF" and a newline');
  const lines = text.slice(0, -1).split('\n');
  const families: OmFamily[] = [];
  const done = new Set<string>();
  const lastTs = new Map<string, number>();
  const seriesDone = new Set<string>();
  let cur: OmFamily | undefined;
  let curSeries: string | undefined;
  lines.forEach((l, idx) => {
    const line = idx + 1;
    if (l === '# EOF') {
      if (line !== lines.length) throw new Error(`line ${line}: # EOF before the end`);
      return;
    }
    const meta = /^# (HELP|TYPE|UNIT) (\S+)(?: (.*))?$/.exec(l);
    if (meta) {
      const [, what, name, rest = ''] = meta;
      if (!NAME.test(name)) throw new Error(`line ${line}: bad family name ${name}`);
      if (cur?.name !== name) {
        if (done.has(name)) throw new Error(`line ${line}: family ${name} interleaved`);
        if (cur) done.add(cur.name);
        cur = { name, samples: [] };
        families.push(cur);
      } else if (cur.samples.length) throw new Error(`line ${line}: ${what} after samples of ${name}`);
      if (what === 'HELP') cur.help = rest.replace(/\\n/g, '\n').replace(/\\\\/g, '\\');
      if (what === 'TYPE') cur.type = rest;
      return;
    }
    if (l.startsWith('#')) throw new Error(`line ${line}: unknown comment ${l}`);
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(.*)$/.exec(l);
    if (!m) throw new Error(`line ${line}: not a sample: ${l}`);
    const [, name, afterName] = m;
    if (!cur || cur.name !== name) throw new Error(`line ${line}: sample of ${name} outside its family`);
    if (!cur.type || cur.help === undefined) throw new Error(`line ${line}: sample before HELP and TYPE`);
    const [labels, rest] = afterName.startsWith('{') ? parseLabels(afterName, line) : [{}, afterName];
    const parts = rest.split(' ');
    if (parts.length !== 3 || parts[0] !== '') throw new Error(`line ${line}: expected " value timestamp"`);
    const value = parseNumber(parts[1], line);
    const timestamp = parseNumber(parts[2], line);
    const key = `${name}${JSON.stringify(labels)}`;
    if (key !== curSeries) {
      if (seriesDone.has(key)) throw new Error(`line ${line}: series ${key} interleaved`);
      if (curSeries) seriesDone.add(curSeries);
      curSeries = key;
    }
    if ((lastTs.get(key) ?? -Infinity) > timestamp) throw new Error(`line ${line}: timestamps of ${key} go back`);
    lastTs.set(key, timestamp);
    cur.samples.push({ name, labels, value, timestamp });
  });
  return families;
}
