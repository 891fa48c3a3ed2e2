// Deterministic short hashes for generated names.

/** 32-bit FNV-1a over a string's UTF-16 code units. */
export function fnv32a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Kubernetes' rand.SafeEncodeString alphabet: no vowels, no confusable characters. */
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** Kubernetes' pod-template-hash style: the decimal hash, each character mapped into SAFE. */
export function safeEncode(n: number): string {
  return String(n >>> 0)
    .split('')
    .map((ch) => SAFE[ch.charCodeAt(0) % SAFE.length])
    .join('');
}

export function randomSuffix(next: () => number, length = 5): string {
  let out = '';
  for (let i = 0; i < length; i++) out += SAFE[Math.floor(next() * SAFE.length)];
  return out;
}

/** JSON with object keys sorted, so equal data hashes equally whatever the key order. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .sort()
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}
