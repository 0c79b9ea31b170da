import { describe, expect, it } from 'vitest';
import { chinaDate } from './calendar.js';

describe('chinaDate', () => {
  it('is the date in Hecheng: a day ahead of UTC from 16:00 UTC on', () => {
    expect(chinaDate(new Date('2026-11-28T15:59:59.999Z'))).toBe('2026-11-28');
    expect(chinaDate(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
    expect(chinaDate(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });
});
