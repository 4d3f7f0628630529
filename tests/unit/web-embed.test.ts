import { describe, expect, it } from 'vitest';
import { embedCode, embedUrl, explorerUrl, isEmbedded } from '../../web/src/lib/state/embed.ts';

describe('embedding a view', () => {
  it('is asked for with ?embed, whatever else the address holds', () => {
    expect(isEmbedded('?embed=1')).toBe(true);
    expect(isEmbedded('?story=x&embed')).toBe(true);
    expect(isEmbedded('')).toBe(false);
    expect(isEmbedded('?embedded=1')).toBe(false);
  });

  it('keeps the view in the hash, and writes a frame a site can paste, escaped', () => {
    expect(embedUrl('https://map.example', '#group=Y56&asOf=2016-06-01')).toBe('https://map.example/?embed=1#group=Y56&asOf=2016-06-01');
    expect(embedUrl('https://map.example', '')).toBe('https://map.example/?embed=1');
    expect(embedCode('https://map.example', '#focus=a"b', 'NHS England <London>')).toBe(
      '<iframe src="https://map.example/?embed=1#focus=a&quot;b" title="NHS England &lt;London>" width="960" height="600" style="border:0" loading="lazy"></iframe>',
    );
    expect(explorerUrl('https://map.example', '#group=Y56')).toBe('https://map.example/#group=Y56');
  });
});
