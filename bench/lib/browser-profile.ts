import type { CDPSession } from 'playwright-core';

/** Where a page's main thread spent its time, from a CPU profile taken over the Chrome DevTools Protocol. */
export interface PageProfile {
  totalMs: number;
  /** Functions by their own time, most first: `name (file:line)`. */
  top: { fn: string; selfMs: number }[];
  /** Own time by script (the file name without its hash), plus (garbage collector), (program) and (idle). */
  byScript: { script: string; selfMs: number }[];
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export async function startPageProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
}

const scriptOf = (url: string) => (url ? (url.split('/').pop() ?? url).replace(/-[A-Za-z0-9_-]{8}\.js$/, '.js') : '');

export async function stopPageProfile(cdp: CDPSession, keep = 8): Promise<PageProfile> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const fns = new Map<string, number>();
  const scripts = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const script = scriptOf(url) || functionName || '(anonymous)';
    scripts.set(script, (scripts.get(script) ?? 0) + ms);
    if (functionName === '(idle)') continue;
    const fn = `${functionName || '(anonymous)'}${url ? ` (${scriptOf(url)}:${lineNumber + 1})` : ''}`;
    fns.set(fn, (fns.get(fn) ?? 0) + ms);
  }
  const sorted = <K extends string>(m: Map<string, number>, key: K) =>
    [...m].sort((a, b) => b[1] - a[1]).slice(0, keep).map(([name, ms]) => ({ [key]: name, selfMs: Math.round(ms) }) as Record<K, string> & { selfMs: number });
  return { totalMs: Math.round((profile.endTime - profile.startTime) / 1000), top: sorted(fns, 'fn'), byScript: sorted(scripts, 'script') };
}
