import { describe, expect, it } from 'vitest';
import { answerEncoding } from '../../server/src/compression.ts';

describe("an API answer's encoding", () => {
  it('is gzip whenever the client accepts it, wherever it lists it', () => {
    expect(answerEncoding('gzip')).toBe('gzip');
    expect(answerEncoding('br, gzip, deflate')).toBe('gzip');
    expect(answerEncoding('deflate, gzip, br, zstd')).toBe('gzip');
    expect(answerEncoding('gzip, deflate, br, zstd')).toBe('gzip');
  });

  it('is never brotli or zstd, which the client gets plain if it accepts nothing else', () => {
    expect(answerEncoding('br')).toBeNull();
    expect(answerEncoding('br, zstd')).toBeNull();
    expect(answerEncoding(null)).toBeNull();
    expect(answerEncoding('')).toBeNull();
    expect(answerEncoding('identity')).toBeNull();
  });

  it('honours q-values and *', () => {
    expect(answerEncoding('gzip;q=0, deflate')).toBe('deflate');
    expect(answerEncoding('GZIP ; q=0.5')).toBe('gzip');
    expect(answerEncoding('gzip;q=0, deflate;q=0')).toBeNull();
    expect(answerEncoding('*')).toBe('gzip');
    expect(answerEncoding('br, *;q=0')).toBeNull();
    expect(answerEncoding('gzip;q=0, *')).toBe('deflate');
  });
});
