// Every country and territory name the State Department's reports use (tests/fixtures/country-names/,
// one a line) resolves to an ISO 3166 code or a declared territory, and a renamed country keeps one page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveCountry } from '../../src/model/refworld/resolve-country.ts';

const NAMES = readFileSync(
  path.resolve(import.meta.dirname, '../fixtures/country-names/state-department.txt'),
  'utf8',
)
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');

describe('the series’ country names', () => {
  it('are a list of the names the reports use', () => {
    expect(NAMES.length).toBeGreaterThan(190);
  });

  it.each(NAMES)('resolves "%s" to a code', (name) => {
    const country = resolveCountry(name);
    expect(country.resolvedBy, name).not.toBe('unknown');
    expect(country.code).toMatch(/^[A-Z]{2}$/);
  });

  it.each([
    ['Swaziland', 'Eswatini', 'SZ'],
    ['Macedonia', 'North Macedonia', 'MK'],
    ['Cape Verde', 'Cabo Verde', 'CV'],
    ['Turkey', 'Türkiye', 'TR'],
    ['Burma', 'Myanmar', 'MM'],
    ['Korea, North', 'North Korea', 'KP'],
    ['Congo, Democratic Republic of the', 'Democratic Republic of the Congo', 'CD'],
    ['Cote d’Ivoire', "Cote d'Ivoire", 'CI'],
    ['Kyrgyz Republic', 'Kyrgyzstan', 'KG'],
    ['Curacao', 'Curaçao', 'CW'],
    ['St. Maarten', 'Sint Maarten', 'SX'],
    ['Czech Republic', 'Czechia', 'CZ'],
  ])('joins "%s" and "%s" on one country page (%s)', (former, current, code) => {
    const [a, b] = [resolveCountry(former), resolveCountry(current)];
    expect([a.code, a.slug]).toEqual([code, b.slug]);
    expect(b.code).toBe(code);
  });

  it('resolves Kosovo to XK and Serbia and Montenegro to the territory declared for it', () => {
    expect(resolveCountry('Kosovo').code).toBe('XK');
    expect(resolveCountry('Serbia and Montenegro')).toMatchObject({ code: 'CS', resolvedBy: 'declared' });
    expect(resolveCountry('Serbia').code).toBe('RS');
  });
});
