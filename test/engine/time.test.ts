// seconds() and formatTime(): integer milliseconds and their report text.
import { describe, expect, it } from 'vitest';
import { formatTime, seconds } from '../../src/engine/engine.js';

describe('seconds', () => {
  it.each([
    [0, 0],
    [1, 1000],
    [90.5, 90_500],
    [0.0015, 2],
    [0.0014, 1],
    [1e-4, 0],
    [-2.5, -2500],
    [3600, 3_600_000],
    [0.1 + 0.2, 300],
  ])('seconds(%s) = %s ms', (s, ms) => {
    expect(seconds(s)).toBe(ms);
    expect(Number.isInteger(seconds(s))).toBe(true);
  });
});

describe('formatTime', () => {
  it.each([
    [0, '0'],
    [1, '0.001'],
    [10, '0.01'],
    [100, '0.1'],
    [1000, '1'],
    [90_500, '90.5'],
    [90_050, '90.05'],
    [123_456, '123.456'],
    [3_600_000, '3600'],
    [-1500, '-1.5'],
    [999, '0.999'],
    [1000.4, '1'],
    [Infinity, 'Infinity'],
  ])('formatTime(%s) = %s', (ms, text) => {
    expect(formatTime(ms)).toBe(text);
  });

  it('round-trips through seconds() for whole milliseconds', () => {
    for (const ms of [0, 7, 1234, 86_400_000, 5_000_001]) expect(seconds(Number(formatTime(ms)))).toBe(ms);
  });
});
