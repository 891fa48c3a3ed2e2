// Reads horizontal advance widths from a TrueType file (tables `head`, `hhea`, `hmtx`, `cmap`), so
// chart layout can measure text with the very font resvg will draw it in. Kerning is ignored: it
// changes a label's width by a pixel or two at most.

export interface FontMetrics {
  /** Width in pixels of `text` set at `fontSize` px, from glyph advances. */
  width(text: string, fontSize: number): number;
}

interface Table {
  offset: number;
  length: number;
}

function tables(buf: Buffer): Map<string, Table> {
  const count = buf.readUInt16BE(4);
  const out = new Map<string, Table>();
  for (let i = 0; i < count; i++) {
    const rec = 12 + i * 16;
    out.set(buf.toString('latin1', rec, rec + 4), { offset: buf.readUInt32BE(rec + 8), length: buf.readUInt32BE(rec + 12) });
  }
  return out;
}

function need(t: Map<string, Table>, tag: string): Table {
  const found = t.get(tag);
  if (!found) throw new Error(`font has no '${tag}' table`);
  return found;
}

/** Code point → glyph id from a cmap format 4 (BMP) subtable. */
function readFormat4(buf: Buffer, at: number, into: Map<number, number>): void {
  const segX2 = buf.readUInt16BE(at + 6);
  const ends = at + 14;
  const starts = ends + segX2 + 2;
  const deltas = starts + segX2;
  const rangeOffsets = deltas + segX2;
  for (let s = 0; s < segX2; s += 2) {
    const end = buf.readUInt16BE(ends + s);
    const start = buf.readUInt16BE(starts + s);
    const delta = buf.readInt16BE(deltas + s);
    const ro = buf.readUInt16BE(rangeOffsets + s);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (ro === 0) glyph = (c + delta) & 0xffff;
      else {
        const g = buf.readUInt16BE(rangeOffsets + s + ro + (c - start) * 2);
        glyph = g === 0 ? 0 : (g + delta) & 0xffff;
      }
      if (glyph !== 0) into.set(c, glyph);
    }
  }
}

/** Code point → glyph id from a cmap format 12 (full Unicode) subtable. */
function readFormat12(buf: Buffer, at: number, into: Map<number, number>): void {
  const groups = buf.readUInt32BE(at + 12);
  for (let i = 0; i < groups; i++) {
    const g = at + 16 + i * 12;
    const start = buf.readUInt32BE(g);
    const end = buf.readUInt32BE(g + 4);
    const first = buf.readUInt32BE(g + 8);
    for (let c = start; c <= end; c++) into.set(c, first + (c - start));
  }
}

function readCmap(buf: Buffer, cmap: Table): Map<number, number> {
  const map = new Map<number, number>();
  const n = buf.readUInt16BE(cmap.offset + 2);
  const subtables: Array<{ format: number; at: number }> = [];
  for (let i = 0; i < n; i++) {
    const rec = cmap.offset + 4 + i * 8;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const at = cmap.offset + buf.readUInt32BE(rec + 4);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (unicode) subtables.push({ format: buf.readUInt16BE(at), at });
  }
  // Format 4 first, then format 12 fills in (and wins for) anything beyond it.
  for (const s of subtables) if (s.format === 4) readFormat4(buf, s.at, map);
  for (const s of subtables) if (s.format === 12) readFormat12(buf, s.at, map);
  if (map.size === 0) throw new Error('font has no Unicode cmap subtable of format 4 or 12');
  return map;
}

export function readFontMetrics(buf: Buffer): FontMetrics {
  const t = tables(buf);
  const unitsPerEm = buf.readUInt16BE(need(t, 'head').offset + 18);
  const metricCount = buf.readUInt16BE(need(t, 'hhea').offset + 34);
  const hmtx = need(t, 'hmtx').offset;
  const glyphs = readCmap(buf, need(t, 'cmap'));
  const advance = (glyph: number): number => buf.readUInt16BE(hmtx + Math.min(glyph, metricCount - 1) * 4);
  const byCodePoint = new Map<number, number>();
  const units = (cp: number): number => {
    let a = byCodePoint.get(cp);
    if (a === undefined) {
      a = advance(glyphs.get(cp) ?? 0);
      byCodePoint.set(cp, a);
    }
    return a;
  };
  return {
    width(text: string, fontSize: number): number {
      let sum = 0;
      for (const ch of text) sum += units(ch.codePointAt(0)!);
      return (sum * fontSize) / unitsPerEm;
    },
  };
}
