import { describe, expect, it } from 'vitest';
import { uuidV5 } from '../../src/exports/index.ts';

describe('uuidV5', () => {
  it('matches the RFC 9562 reference values', () => {
    // uuid5(NAMESPACE_DNS, "www.example.com"), as Python's uuid module and the `uuid` package give.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    expect(uuidV5('https://example.org/é', '6ba7b811-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '4db32f13-2b90-551e-bb13-4c966035961b',
    );
  });

  it('rejects a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'not-a-uuid')).toThrow(/Not a UUID/);
  });
});
