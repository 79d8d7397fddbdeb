import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/scripts/fragment-id.ts';

describe('fragmentId', () => {
  it('decodes a percent-encoded fragment', () => {
    expect(fragmentId('#caf%C3%A9')).toBe('café');
  });

  it('takes a malformed fragment as written instead of throwing', () => {
    expect(fragmentId('#100%')).toBe('100%');
    expect(fragmentId('#%E0%A4%A')).toBe('%E0%A4%A');
  });
});
