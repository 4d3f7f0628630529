import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { download, drawnBox, openPage, waitForMap } from '../helpers/browser.ts';
import { useBrowserApp } from '../helpers/browser-app.ts';

const app = useBrowserApp();

describe('export', () => {
  it('saves the view as PNG (twice the size), SVG and CSV files that parse', async () => {
    const { context, page } = await openPage(app.browser);
    await page.goto(`${app.server.url}/#show=overview&asOf=2017-06-01`);
    const snap = await waitForMap(page, (s) => s.nodes.length > 0);
    // The whole map (every element with its label), in model units: the PNG is exactly twice that.
    const box = await drawnBox(page);
    expect(box.w).toBeGreaterThan(100);

    const png = await download(page, 'Image (PNG)');
    expect(png.name).toBe('nhs-map-2017-06-01.png');
    expect([...png.data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect({ width: png.data.readUInt32BE(16), height: png.data.readUInt32BE(20) }).toEqual({
      width: 2 * Math.ceil(box.w),
      height: 2 * Math.ceil(box.h),
    });

    const svg = await download(page, 'Image (SVG)');
    const text = svg.data.toString('utf8');
    expect(XMLValidator.validate(text)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(text) as {
      svg: { '@_width': string; '@_height': string; g: { title?: string; ellipse?: unknown }[] };
    };
    // The SVG is the same map at 1x, with a 40-unit margin all round.
    expect(Number(parsed.svg['@_width'])).toBeCloseTo(box.w + 80, 6);
    expect(Number(parsed.svg['@_height'])).toBeCloseTo(box.h + 80, 6);
    const nodeGroups = parsed.svg.g.filter((g) => typeof g.title === 'string');
    expect(nodeGroups.map((g) => g.title).sort()).toEqual(snap.nodes.map((n) => n.name).sort());
    // Each node keeps its kind's shape: only the kinds drawn as ellipses on the map are ellipses in the file.
    const roundOnMap = snap.nodes.filter((n) => n.shape === 'ellipse').map((n) => n.name).sort();
    expect(roundOnMap.length).toBeLessThan(snap.nodes.length);
    expect(nodeGroups.filter((g) => g.ellipse !== undefined).map((g) => g.title).sort()).toEqual(roundOnMap);

    const entities = (await download(page, 'Entities (CSV)')).data.toString('utf8').trim().split(/\r\n/);
    expect(entities[0]).toBe('id,name,kind,odsCode,validFrom,validTo');
    expect(entities.slice(1).map((row) => row.split(',')[0]).sort()).toEqual(snap.nodes.map((n) => n.id).sort());

    const relationships = (await download(page, 'Relationships (CSV)')).data.toString('utf8').trim().split(/\r\n/);
    expect(relationships[0]).toBe('id,type,from,to,validFrom,validTo,confidence,basis,rule');
    expect(relationships.length - 1).toBe(snap.edges.length);
    await context.close();
  });
});
