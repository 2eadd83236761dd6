import { describe, expect, it } from 'vitest';

import en from './en';
import vi from './vi';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('the two languages', () => {
  it('have the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
  });

  it('Vietnamese is written with its diacritics', () => {
    expect(vi.nav.myWork).toBe('Việc của tôi');
    expect(keys(vi).map((k) => k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], vi)))
      .not.toContain('');
  });
});
