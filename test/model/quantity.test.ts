// Tables ported (as data, in our own code) from k8s staging/src/k8s.io/apimachinery/pkg/api/resource/
// quantity_test.go: TestQuantityParse (valid and invalid tables, plus its "-" and "+" variants),
// TestParseQuantityString, TestInterpretExponentInt32Bounds, TestNegativeValueRoundsAwayFromZero,
// TestScaledValue, TestQuantityString, TestNewSet, TestMilliNewSet, TestNewScaledSet, TestQuantityNeg and
// TestQuantityParseEmit. Cases marked "kubetwin" come from the task brief / SPEC.md.
import { describe, expect, it } from 'vitest';
import {
  formatAmount,
  formatBinaryBytes,
  formatBytes,
  formatCpu,
  isNegative,
  parseQuantity,
  QuantityError,
  toInteger,
  toMilli,
  type Quantity,
  type QuantityFormat,
} from '../../src/model/quantity.js';

/** Exact comparison of a parsed quantity with i × 10^exp (the shape of upstream's decQuantity helper). */
function equalsScaled(q: Quantity, i: bigint, exp: number): boolean {
  const common = Math.min(q.scale, exp);
  const left = BigInt(q.sign) * q.num * 10n ** BigInt(q.scale - common);
  return left === i * 10n ** BigInt(exp - common);
}

const Ki = 1024n;
const MAX_INT64 = (1n << 63n) - 1n;
type ParseCase = [input: string, i: bigint, exp: number, format: QuantityFormat];
// TestQuantityParse valid table (values after k8s's round-up to 1n and the BinarySI cap), TestParseQuantityString.
const PARSE: ParseCase[] = [
  ['0', 0n, 0, 'DecimalSI'],
  ['0n', 0n, 0, 'DecimalSI'],
  ['0Ki', 0n, 0, 'BinarySI'],
  ['0T', 0n, 0, 'DecimalSI'],
  ['1', 1n, 0, 'DecimalSI'],
  ['1Ki', Ki, 0, 'BinarySI'],
  ['8Ki', 8n * Ki, 0, 'BinarySI'],
  ['7Mi', 7n * Ki ** 2n, 0, 'BinarySI'],
  ['6Gi', 6n * Ki ** 3n, 0, 'BinarySI'],
  ['5Ti', 5n * Ki ** 4n, 0, 'BinarySI'],
  ['4Pi', 4n * Ki ** 5n, 0, 'BinarySI'],
  ['3Ei', 3n * Ki ** 6n, 0, 'BinarySI'],
  ['100Ti', 100n * Ki ** 4n, 0, 'BinarySI'],
  ['5n', 5n, -9, 'DecimalSI'],
  ['4u', 4n, -6, 'DecimalSI'],
  ['3m', 3n, -3, 'DecimalSI'],
  ['8k', 8n, 3, 'DecimalSI'],
  ['50k', 5n, 4, 'DecimalSI'],
  ['7M', 7n, 6, 'DecimalSI'],
  ['6G', 6n, 9, 'DecimalSI'],
  ['40T', 4n, 13, 'DecimalSI'],
  ['2P', 2n, 15, 'DecimalSI'],
  ['1E', 1n, 18, 'DecimalSI'],
  ['12E', 12n, 18, 'DecimalSI'],
  ['1E-3', 1n, -3, 'DecimalExponent'],
  ['1e3', 1n, 3, 'DecimalExponent'],
  ['1E6', 1n, 6, 'DecimalExponent'],
  ['1e14', 1n, 14, 'DecimalExponent'],
  ['1E18', 1n, 18, 'DecimalExponent'],
  ['100.035k', 100035n, 0, 'DecimalSI'],
  ['0.001', 1n, -3, 'DecimalSI'],
  ['0.0005k', 5n, -1, 'DecimalSI'],
  ['0.5', 5n, -1, 'DecimalSI'],
  ['0.00050k', 5n, -1, 'DecimalSI'],
  ['0.50000', 5n, -1, 'DecimalSI'],
  ['0.5e-2', 5n, -3, 'DecimalExponent'],
  ['10.035M', 10035n, 3, 'DecimalSI'],
  ['1.2e3', 12n, 2, 'DecimalExponent'],
  ['1.3E+6', 13n, 5, 'DecimalExponent'],
  ['1.40e9', 14n, 8, 'DecimalExponent'],
  ['1.7E18', 17n, 17, 'DecimalExponent'],
  ['9.01', 901n, -2, 'DecimalSI'],
  ['7.123456M', 7123456n, 0, 'DecimalSI'],
  ['6.987654321G', 6987654321n, 0, 'DecimalSI'],
  ['2.5P', 25n, 14, 'DecimalSI'],
  ['1.01E', 101n, 16, 'DecimalSI'],
  // "things that saturate/round"
  ['3.001n', 4n, -9, 'DecimalSI'],
  ['1.1E-9', 2n, -9, 'DecimalExponent'],
  ['0.0000000001', 1n, -9, 'DecimalSI'],
  ['0.00000000050', 1n, -9, 'DecimalSI'],
  ['0.9n', 1n, -9, 'DecimalSI'],
  ['0.00000012345', 124n, -9, 'DecimalSI'],
  ['9Ei', MAX_INT64, 0, 'BinarySI'],
  ['9223372036854775807Ki', MAX_INT64, 0, 'BinarySI'],
  // fractional binary amounts (TestQuantityParse and TestParseQuantityString)
  ['100.035Ki', 10243584n, -2, 'BinarySI'],
  ['0.5Mi', 512n * Ki, 0, 'BinarySI'],
  ['0.05Gi', 536870912n, -1, 'BinarySI'],
  ['0.025Ti', 274877906944n, -1, 'BinarySI'],
  ['1.025Ti', 1025n * Ki ** 4n, -3, 'BinarySI'],
  // "things written by trolls"
  ['0.000000000001Ki', 2n, -9, 'DecimalSI'],
  ['.001', 1n, -3, 'DecimalSI'],
  ['.0001k', 100n, -3, 'DecimalSI'],
  ['1.', 1n, 0, 'DecimalSI'],
  ['1.G', 1n, 9, 'DecimalSI'],
  // kubetwin: the spec's examples
  ['1.5Gi', 1610612736n, 0, 'BinarySI'],
  ['250m', 25n, -2, 'DecimalSI'],
  ['1000M', 1n, 9, 'DecimalSI'],
  ['1G', 1n, 9, 'DecimalSI'],
  ['1Gi', Ki ** 3n, 0, 'BinarySI'],
  ['.5', 5n, -1, 'DecimalSI'],
  ['2', 2n, 0, 'DecimalSI'],
];

describe('parseQuantity (TestQuantityParse)', () => {
  it.each(PARSE)('%s', (input, i, exp, format) => {
    const q = parseQuantity(input);
    expect(equalsScaled(q, i, exp), `${input} → ${q.sign * Number(q.num)}e${q.scale}`).toBe(true);
    expect(q.format).toBe(format);
  });

  it.each(PARSE)('%s with a - sign is the negation, with + the same value', (input, i, exp, format) => {
    const neg = parseQuantity(`-${input}`);
    expect(equalsScaled(neg, -i, exp)).toBe(true);
    expect(neg.format).toBe(format);
    expect(equalsScaled(parseQuantity(`+${input}`), i, exp)).toBe(true);
  });

  it('keeps the representation normalized: no trailing zeros in num, zero is positive', () => {
    expect(parseQuantity('1500m')).toEqual({ sign: 1, num: 15n, scale: 2 - 3, format: 'DecimalSI' });
    expect(parseQuantity('-0Gi')).toEqual({ sign: 1, num: 0n, scale: 0, format: 'BinarySI' });
  });

  it('handles exponents at the int32 limit without expanding them (TestInterpretExponentInt32Bounds)', () => {
    expect(parseQuantity('1E2147483647')).toMatchObject({ num: 1n, scale: 2147483647 });
    expect(parseQuantity('1E-2147483647')).toMatchObject({ num: 1n, scale: -9 }); // rounded up to 1n
    expect(parseQuantity('-.484785E-7466')).toMatchObject({ sign: -1, num: 1n, scale: -9 });
  });
});

// TestQuantityParse invalid table, TestInterpretExponentInt32Bounds, TestQuantityParseNonNumericPanic and kubetwin's list.
const INVALID: Array<string | number> = [
  '1.1.M',
  '1+1.0M',
  '0.1mi',
  '0.1am',
  'aoeu',
  '.5i',
  '1i',
  '-3.01i',
  '-3.01e-',
  '1e4294967297',
  ' 1',
  '1 ',
  '1E2147483648',
  '1E-2147483648',
  '1E9223372036854775808',
  'Non-Numeric',
  'abc',
  '1.2.3',
  '1GG',
  'Gi',
  '1 Gi',
  '',
  '--1',
  '0x10',
  '1K',
  '1ki',
  '1e',
  '1e+',
  '1Ki3',
  'm',
  '.',
  '-',
  '+',
  '1,5',
  Number.NaN,
  Number.POSITIVE_INFINITY,
];

describe('invalid quantities', () => {
  it.each(INVALID)('%s is rejected, naming the input', (input) => {
    const named = typeof input === 'number' ? String(input) : JSON.stringify(input);
    for (const fn of [parseQuantity, toMilli, toInteger, isNegative]) {
      expect(() => fn(input)).toThrow(QuantityError);
      expect(() => fn(input)).toThrow(named);
    }
  });

  it('says which suffix is unknown', () => {
    expect(() => parseQuantity('1GG')).toThrow('unknown suffix "GG"');
  });
});

type ValueCase = [input: string | number, milli: number, integer: number];
// TestNegativeValueRoundsAwayFromZero, TestScaledValue (1 at n/u/m/0 scale), kubetwin's examples.
const VALUES: ValueCase[] = [
  ['-.484785E-1', -49, -1],
  ['.484785E-1', 49, 1],
  ['-0.0005', -1, -1],
  ['0.0005', 1, 1],
  ['-1500m', -1500, -2],
  ['1500m', 1500, 2],
  ['-9.5000000001Gi', -10200547328108, -10200547329],
  ['9.5000000001Gi', 10200547328108, 10200547329],
  ['-1', -1000, -1],
  ['1', 1000, 1],
  ['0', 0, 0],
  ['1n', 1, 1],
  ['1u', 1, 1],
  ['1m', 1, 1],
  ['1G', 1e12, 1e9],
  ['1Gi', 1073741824000, 1073741824],
  ['100m', 100, 1],
  ['0.1', 100, 1],
  ['1e3', 1e6, 1000],
  ['1E3', 1e6, 1000],
  ['1.5Gi', 1610612736000, 1610612736],
  ['250m', 250, 1],
  ['.5', 500, 1],
  ['2', 2000, 2],
  ['1000M', 1e12, 1e9],
  ['1Ki', 1024000, 1024],
  ['5e-3', 5, 1],
  ['0.000000000001Ki', 1, 1],
  ['256Mi', 268435456000, 268435456],
  // YAML numbers are read as their decimal text
  [4, 4000, 4],
  [0.5, 500, 1],
  [0.1, 100, 1],
  [-0.25, -250, -1],
  [1e-7, 1, 1],
  [-0, 0, 0],
];

describe('toMilli / toInteger (Quantity.MilliValue / Value)', () => {
  it.each(VALUES)('%s → %d milli, %d units', (input, milli, integer) => {
    expect(toMilli(input)).toBe(milli);
    expect(toInteger(input)).toBe(integer);
  });

  it.each([
    ['9Ei', toInteger],
    ['1E', toInteger],
    ['10000T', toMilli],
    ['9007199254740992', toInteger],
    ['9007199254740.992', toMilli],
    ['1e2147483647', toMilli],
    [1e21, toInteger],
    ['-9Ei', toInteger],
  ] as const)('%s is too large', (input, fn) => {
    expect(() => fn(input)).toThrow(QuantityError);
    expect(() => fn(input)).toThrow(/too large.*9007199254740991/);
  });

  it('accepts the largest safe integer exactly', () => {
    expect(toInteger('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(toMilli('9007199254740.991')).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('isNegative', () => {
  it.each([
    ['-1', true],
    ['-1n', true],
    [-0.5, true],
    ['-0.0000000001', true],
    ['0', false],
    ['-0', false],
    [-0, false],
    ['1', false],
    ['+1Gi', false],
  ] as const)('%s → %s', (input, negative) => {
    expect(isNegative(input)).toBe(negative);
  });
});

// TestMilliNewSet and TestNewScaledSet (DecimalSI), TestQuantityString (m-scale rows), TestQuantityNeg.
const CPU: Array<[millicores: number, text: string]> = [
  [1, '1m'],
  [1000, '1'],
  [1234000, '1234'],
  [0, '0'],
  [80, '80m'],
  [1080, '1080m'],
  [500, '500m'],
  [1500, '1500m'],
  [250, '250m'],
  [2000, '2'],
  [3000000, '3k'],
  [1234567000, '1234567'],
  [-9010, '-9010m'],
  [-1000, '-1'],
];

// TestQuantityString / TestNewSet / TestQuantityParseEmit (integer-valued rows), kubetwin's 1G vs 1Gi.
const BYTES: Array<[bytes: number, text: string]> = [
  [2 ** 30, '1Gi'],
  [300 * 2 ** 20, '300Mi'],
  [6 * 1024, '6Ki'],
  [1001 * 2 ** 30, '1001Gi'],
  [2 ** 40, '1Ti'],
  [5, '5'],
  [1e9, '1G'],
  [300e6, '300M'],
  [1e12, '1T'],
  [1234567e6, '1234567M'],
  [3000, '3k'],
  [1025, '1025'],
  [0, '0'],
  [1, '1'],
  [1024, '1Ki'],
  [1000, '1k'],
  [2 ** 20, '1Mi'],
  [1.5 * 2 ** 30, '1536Mi'],
  [4e9, '4G'],
  [1500 * 2 ** 20, '1500Mi'],
  [2 ** 50, '1Pi'],
  [2 ** 52, '4Pi'],
  [1000 * 1024, '1000Ki'],
  [1500, '1500'],
  [-(2 ** 30), '-1Gi'],
];

describe('formatCpu / formatBytes (canonical Quantity.String)', () => {
  it.each(CPU)('formatCpu(%d) = %s and parses back', (millicores, text) => {
    expect(formatCpu(millicores)).toBe(text);
    expect(toMilli(text)).toBe(millicores);
  });

  it.each(BYTES)('formatBytes(%d) = %s and parses back', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
    expect(toInteger(text)).toBe(bytes);
  });

  it('re-emits non-canonical input canonically (TestQuantityParseEmit)', () => {
    expect(formatBytes(toInteger('1024Mi'))).toBe('1Gi');
    expect(formatBytes(toInteger('1000M'))).toBe('1G');
    expect(formatCpu(toMilli('.001Ki'))).toBe('1024m');
    expect(formatCpu(toMilli('1.5'))).toBe('1500m');
  });

  it('round-trips a deterministic sweep of values exactly', () => {
    for (let k = 0; k < 2000; k++) {
      const value = (k * 7919 * 1024 ** (k % 5)) % Number.MAX_SAFE_INTEGER;
      expect(toInteger(formatBytes(value))).toBe(value);
      expect(toMilli(formatCpu(value))).toBe(value);
    }
  });

  it('refuses non-integer amounts loudly', () => {
    expect(() => formatCpu(0.5)).toThrow(RangeError);
    expect(() => formatBytes(Number.NaN)).toThrow(RangeError);
    expect(() => formatBytes(2 ** 53)).toThrow(RangeError);
  });
});

describe('formatBinaryBytes / formatAmount (quantities in messages)', () => {
  it.each([
    [0, '0'],
    [1, '1'],
    [1000, '1000'],
    [1023, '1023'],
    [1024, '1Ki'],
    [1536, '1536'],
    [3 * 512, '1536'],
    [64 * 2 ** 20, '64Mi'],
    [1536 * 2 ** 20, '1536Mi'],
    [2 ** 31, '2Gi'],
    [10 ** 9, '1000000000'],
    [100 * 10 ** 6, '100000000'],
    [2 ** 40, '1Ti'],
    [3 * 2 ** 50, '3Pi'],
    [2 ** 52, '4Pi'],
    [-(2 ** 20), '-1Mi'],
    [1500 * 1024, '1500Ki'],
  ])('formatBinaryBytes(%d) = %s', (bytes, text) => {
    expect(formatBinaryBytes(bytes)).toBe(text);
    if (text !== '0') expect(toInteger(text)).toBe(bytes); // reads back as the same quantity
  });

  it.each([
    ['cpu', 250, '250m'],
    ['cpu', 1000, '1'],
    ['cpu', 2500, '2500m'],
    ['cpu', 0, '0'],
    ['memory', 67108864, '64Mi'],
    ['memory', 134217728, '128Mi'],
    ['ephemeral-storage', 10 ** 9, '1000000000'],
  ])('formatAmount(%s, %d) = %s', (resource, value, text) => {
    expect(formatAmount(resource as string, value as number)).toBe(text);
  });

  it('rejects a non-integer', () => {
    expect(() => formatBinaryBytes(1.5)).toThrow();
  });
});
