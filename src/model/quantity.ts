// Kubernetes resource quantities (`250m`, `1.5Gi`, `1G`, `1e3`), parsed exactly with bigint.
// k8s v1.28 staging/src/k8s.io/apimachinery/pkg/api/resource/quantity.go (ParseQuantity) and
// suffix.go (the suffix table). Grammar: <quantity> ::= <signedNumber><suffix>, where
// <number> ::= <digits> | <digits>.<digits> | <digits>. | .<digits> and <suffix> is a binary SI
// suffix (Ki..Ei), a decimal SI suffix (n u m "" k M G T P E) or an exponent e<signedNumber>.

export class QuantityError extends Error {}

export type QuantityFormat = 'DecimalSI' | 'BinarySI' | 'DecimalExponent';

/** An exact quantity: value = sign × num × 10^scale, with num ≥ 0 and no trailing zeros (0 is {1, 0n, 0}). */
export interface Quantity {
  sign: 1 | -1;
  num: bigint;
  scale: number;
  /** The suffix family the input used (k8s remembers it to re-emit the value in the same style). */
  format: QuantityFormat;
}

// k8s suffix.go newSuffixer: decimal suffixes are powers of 10, binary ones powers of 2.
const DECIMAL_SUFFIX = new Map<string, number>([
  ['n', -9],
  ['u', -6],
  ['m', -3],
  ['', 0],
  ['k', 3],
  ['M', 6],
  ['G', 9],
  ['T', 12],
  ['P', 15],
  ['E', 18],
]);
const BINARY_SUFFIX = new Map<string, number>([
  ['Ki', 10],
  ['Mi', 20],
  ['Gi', 30],
  ['Ti', 40],
  ['Pi', 50],
  ['Ei', 60],
]);
const DECIMAL_BY_EXPONENT = new Map([...DECIMAL_SUFFIX].map(([s, e]) => [e, s]));
const BINARY_BY_EXPONENT = new Map([...BINARY_SUFFIX].map(([s, e]) => [e, s]));

const NUMBER = /^([+-]?)([0-9]*)(?:\.([0-9]*))?(.*)$/s;
const EXPONENT = /^[eE]([+-]?[0-9]+)$/;
const MAX_INT32 = 2147483647;
const NANO_SCALE = -9;
// k8s quantity.go maxAllowed: BinarySI amounts are capped at 2^63-1.
const MAX_INT64 = (1n << 63n) - 1n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const HINT = 'expected a number with an optional suffix such as 250m, 1Gi, 1G, 1e3';

function shown(input: string | number): string {
  return typeof input === 'number' ? String(input) : JSON.stringify(input);
}

function invalid(input: string | number, why: string = HINT): QuantityError {
  return new QuantityError(`${shown(input)} is not a Kubernetes quantity (${why})`);
}

const digitCount = (n: bigint): number => n.toString().length;

/** Moves trailing decimal zeros of num into scale, so equal values have equal representations. */
function normalize(sign: 1 | -1, num: bigint, scale: number, format: QuantityFormat): Quantity {
  if (num === 0n) return { sign: 1, num: 0n, scale: 0, format };
  while (num % 10n === 0n) {
    num /= 10n;
    scale += 1;
  }
  return { sign, num, scale, format };
}

/** |num| × 10^shift, rounded away from zero when shift < 0 (k8s math.go negativeScaleInt64 / inf.RoundUp). */
function shiftUp(num: bigint, shift: number): bigint {
  if (num === 0n || shift === 0) return num;
  if (shift > 0) return num * 10n ** BigInt(shift);
  if (-shift > digitCount(num)) return 1n; // any non-zero amount smaller than one unit becomes one unit
  const divisor = 10n ** BigInt(-shift);
  return (num + divisor - 1n) / divisor;
}

/** Parses the exponent/suffix part; k8s suffix.go interpret. */
function interpretSuffix(input: string | number, suffix: string): { base: 2 | 10; exponent: number; format: QuantityFormat } {
  const dec = DECIMAL_SUFFIX.get(suffix);
  if (dec !== undefined) return { base: 10, exponent: dec, format: 'DecimalSI' };
  const bin = BINARY_SUFFIX.get(suffix);
  if (bin !== undefined) return { base: 2, exponent: bin, format: 'BinarySI' };
  const exp = EXPONENT.exec(suffix);
  if (exp) {
    // Newer k8s (quantity_test.go TestInterpretExponentInt32Bounds) rejects exponents outside ±(2^31-1)
    // instead of truncating them to int32; we follow the fixed behaviour.
    const value = BigInt(exp[1]);
    if (value > BigInt(MAX_INT32) || value < -BigInt(MAX_INT32))
      throw invalid(input, `exponent ${exp[1]} is out of range (at most ±${MAX_INT32})`);
    return { base: 10, exponent: Number(value), format: 'DecimalExponent' };
  }
  if (/^[A-Za-z]+$/.test(suffix)) {
    throw invalid(input, `unknown suffix ${JSON.stringify(suffix)}; valid: n u m k M G T P E Ki Mi Gi Ti Pi Ei, or an exponent like e3`);
  }
  throw invalid(input);
}

/** Exact parse, including k8s's rounding of sub-nano amounts up to 1n and the 2^63-1 cap on BinarySI. */
export function parseQuantity(input: string | number): Quantity {
  if (typeof input === 'number' && !Number.isFinite(input)) throw invalid(input);
  // A YAML number is read as its decimal text (String gives the shortest exact round-trip form).
  const text = typeof input === 'number' ? String(input) : input;
  const m = NUMBER.exec(text);
  const [, signText, whole, fraction = '', suffix] = m ?? [];
  // k8s accepts a number with no digits at all ("Gi", "m", ".") as zero (kubernetes/apimachinery#165);
  // kubetwin rejects it: such an input is always a typo.
  if (!m || whole.length + fraction.length === 0) throw invalid(input, `the number is missing; ${HINT}`);
  const { base, exponent, format: parsedFormat } = interpretSuffix(input, suffix);
  let format = parsedFormat;
  const sign: 1 | -1 = signText === '-' ? -1 : 1;
  // quantity.go ParseQuantity: shift the fraction digits into the mantissa, then apply the suffix.
  // Trailing zeros go into the scale as text first, so a long run of zeros costs nothing later.
  const digits = whole + fraction;
  const significant = digits.replace(/0+$/, '');
  let num = BigInt(significant || '0');
  let scale = digits.length - significant.length - fraction.length;
  if (base === 10) scale += exponent;
  else num <<= BigInt(exponent);
  let q = normalize(sign, num, scale, format);
  // quantity.go ParseQuantity: a non-zero amount is rounded up (away from zero) to a multiple of 1n.
  if (q.scale < NANO_SCALE) q = normalize(q.sign, shiftUp(q.num, q.scale - NANO_SCALE), NANO_SCALE, format);
  if (format === 'BinarySI') {
    // quantity.go ParseQuantity: "the max is just a simple cap" for BinarySI amounts.
    // (value > 2^63-1 exactly when its round-up is, because the bound is an integer.)
    if (digitCount(q.num) + q.scale > 19 || shiftUp(q.num, q.scale) > MAX_INT64) q = normalize(q.sign, MAX_INT64, 0, format);
    // quantity.go ParseQuantity: a BinarySI amount strictly between 0 and 1 switches to DecimalSI.
    if (q.num !== 0n && q.scale < 0 && digitCount(q.num) <= -q.scale) format = 'DecimalSI';
  }
  return { ...q, format };
}

/** The quantity in units of 10^target, rounded away from zero, as a safe integer. k8s Quantity.ScaledValue. */
function scaledValue(input: string | number, target: number, unit: string): number {
  const q = parseQuantity(input);
  const shift = q.scale - target;
  const tooLarge = () =>
    new QuantityError(
      `${shown(input)} is too large: in ${unit} it exceeds ${Number.MAX_SAFE_INTEGER}, the largest value kubetwin supports`,
    );
  if (q.num !== 0n && digitCount(q.num) + shift > 17) throw tooLarge();
  const magnitude = shiftUp(q.num, shift);
  if (magnitude > MAX_SAFE) throw tooLarge();
  return q.sign * Number(magnitude);
}

/** Exact milli-units, rounded up (away from zero) like Quantity.MilliValue(); used for CPU millicores. */
export function toMilli(input: string | number): number {
  return scaledValue(input, -3, 'milli-units');
}

/** Whole units, rounded up (away from zero) like Quantity.Value(); used for bytes and counts. */
export function toInteger(input: string | number): number {
  return scaledValue(input, 0, 'whole units');
}

/** True when the quantity is below zero ("-0" is not). */
export function isNegative(input: string | number): boolean {
  return parseQuantity(input).sign === -1; // zero is always stored with sign 1
}

function requireSafeInteger(what: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer, got ${value}`);
}

/**
 * k8s amount.go AsCanonicalBytes for DecimalSI: no fractional digits, the exponent a multiple of 3
 * and as large as possible (but within n..E), then the matching suffix.
 */
function canonicalDecimal(mantissa: bigint, exponent: number): { digits: string; suffix: string } {
  if (mantissa === 0n) return { digits: '0', suffix: '' };
  while (mantissa % 10n === 0n && exponent < 18) {
    mantissa /= 10n;
    exponent += 1;
  }
  const extra = ((exponent % 3) + 3) % 3;
  mantissa *= 10n ** BigInt(extra);
  exponent -= extra;
  return { digits: mantissa.toString(), suffix: DECIMAL_BY_EXPONENT.get(exponent) ?? '' };
}

/** k8s amount.go AsCanonicalBase1024Bytes: divide by 1024 while exact, up to Ei. */
function canonicalBinary(value: bigint): { digits: string; suffix: string } {
  let exponent = 0;
  while (value % 1024n === 0n && exponent < 60) {
    value /= 1024n;
    exponent += 10;
  }
  return { digits: value.toString(), suffix: BINARY_BY_EXPONENT.get(exponent) ?? '' };
}

/** Millicores → canonical DecimalSI text, as k8s prints a CPU quantity: 1500 → "1500m", 2000 → "2", 3000000 → "3k". */
export function formatCpu(millicores: number): string {
  requireSafeInteger('millicores', millicores);
  const sign = millicores < 0 ? '-' : '';
  const { digits, suffix } = canonicalDecimal(BigInt(Math.abs(millicores)), -3);
  return sign + digits + suffix;
}

/**
 * Bytes → canonical text. Kubernetes re-emits a quantity in the family it was written in; from a bare
 * number we choose: the binary form (1Gi, 1536Mi) when the value is a multiple of 1024 and its binary
 * mantissa is no longer than the decimal one, else the canonical DecimalSI form (1G, 4G, 1500, 2k).
 */
export function formatBytes(bytes: number): string {
  requireSafeInteger('bytes', bytes);
  const sign = bytes < 0 ? '-' : '';
  const magnitude = BigInt(Math.abs(bytes));
  const decimal = canonicalDecimal(magnitude, 0);
  // k8s quantity.go CanonicalizeBytes: BinarySI values in (-1024, 1024) are printed as DecimalSI.
  if (magnitude >= 1024n && magnitude % 1024n === 0n) {
    const binary = canonicalBinary(magnitude);
    if (binary.digits.length <= decimal.digits.length) return sign + binary.digits + binary.suffix;
  }
  return sign + decimal.digits + decimal.suffix;
}

const BINARY_SUFFIXES = ['Ei', 'Pi', 'Ti', 'Gi', 'Mi', 'Ki'] as const;

/**
 * Bytes for messages, in Kubernetes units: the largest binary suffix that divides the value exactly
 * (64Mi, 1536Mi, 2Gi), else the plain number of bytes (1000000000, 1500).
 */
export function formatBinaryBytes(bytes: number): string {
  requireSafeInteger('bytes', bytes);
  const sign = bytes < 0 ? '-' : '';
  const magnitude = BigInt(Math.abs(bytes));
  if (magnitude === 0n) return '0';
  for (let i = 0; i < BINARY_SUFFIXES.length; i++) {
    const unit = 1n << BigInt(10 * (BINARY_SUFFIXES.length - i));
    if (magnitude % unit === 0n) return `${sign}${magnitude / unit}${BINARY_SUFFIXES[i]}`;
  }
  return sign + magnitude.toString();
}

/** A resource amount for messages: cpu millicores as `250m` or whole cores, everything else as bytes (formatBinaryBytes). */
export function formatAmount(resource: string, value: number): string {
  return resource === 'cpu' ? formatCpu(value) : formatBinaryBytes(value);
}
