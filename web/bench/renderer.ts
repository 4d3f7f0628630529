/**
 * Canvas against Cytoscape's WebGL renderer, by graph size: `npm run bench:renderer`. For each size it draws a
 * random graph styled like the explorer (labels, arrows, dashed lines), then pans and zooms for two seconds and
 * counts the frames drawn, and clicks one node to check selection still works. Results go to stdout; the
 * numbers we measured are in web/bench/README.md.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from '../../tests/helpers/browser.ts';

const require = createRequire(import.meta.url);
const cytoscapePath = require.resolve('cytoscape/dist/cytoscape.min.js');
const pageScript = fileURLToPath(new URL('./renderer-page.js', import.meta.url));
const SIZES = (process.env.BENCH_SIZES ?? '100,500,1500,4000').split(',').map(Number);

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--headless', '--no-sandbox', '--disable-background-networking', '--no-first-run', '--disable-sync'],
});
console.log('nodes  edges  renderer  first draw (ms)  frames in 2 s  click selects');
try {
  for (const nodes of SIZES) {
    for (const webgl of [false, true]) {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
      await page.setContent('<div id="cy" style="position:absolute;inset:0"></div>');
      await page.addScriptTag({ path: cytoscapePath });
      await page.addScriptTag({ path: pageScript });
      // The in-page part lives in a plain script: tsx would add helpers a function passed to evaluate() lacks.
      const result = (await page.evaluate(`runBench(${nodes}, ${webgl})`)) as { firstDraw: number; frames: number; edges: number; x: number; y: number };
      await page.mouse.click(result.x, result.y);
      const selected = await page.evaluate(`window.cyRef.getElementById('n0').selected()`);
      console.log(
        `${String(nodes).padStart(5)}  ${String(result.edges).padStart(5)}  ${(webgl ? 'webgl' : 'canvas').padEnd(8)}  ${result.firstDraw.toFixed(0).padStart(15)}  ${String(result.frames).padStart(13)}  ${selected ? 'yes' : 'NO'}`,
      );
      await page.close();
    }
  }
} finally {
  await browser.close();
}
