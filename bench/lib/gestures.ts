import type { Page } from 'playwright-core';

/** The map gestures both browser phases time (bench/web and bench/explorer), the same for each. */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Presses at `at` and drags the map in a slow figure of eight for `seconds`, then lets go. */
export async function dragInCircle(page: Page, at: { x: number; y: number }, seconds: number): Promise<void> {
  await page.mouse.down();
  const end = Date.now() + seconds * 1000;
  for (let step = 0; Date.now() < end && step < 10_000; step++) {
    const a = step / 20;
    await page.mouse.move(at.x + 160 * Math.sin(a), at.y + 110 * Math.sin(2 * a));
    await sleep(8);
  }
  await page.mouse.up();
}

/** Wheel-zooms in and out, eight notches each way, for `seconds` (the pointer where it is). */
export async function wheelInAndOut(page: Page, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  for (let step = 0; Date.now() < end && step < 10_000; step++) {
    await page.mouse.wheel(0, Math.floor(step / 8) % 2 === 0 ? -120 : 120);
    await sleep(16);
  }
}
