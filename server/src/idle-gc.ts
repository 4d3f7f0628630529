import type { Server } from 'node:http';
import { setFlagsFromString } from 'node:v8';

/** How long the server waits with no request in flight before it collects. */
export const IDLE_GC_AFTER_MS = 2000;

/**
 * A full, compacting garbage collection once `server` has had no request in flight for `afterMs`, once per busy
 * spell. Answers are built from many short-lived objects (the national graph's snapshot allocates about 100 MB
 * in graphql-yoga's executor); V8 keeps the pages they were on, half empty, until it next needs room. Compacting
 * moves the survivors together so the pages go back to the system: on the national graph the process falls from
 * about 260 MB after a burst of requests to under 150 MB (bench/RESULTS.md). It takes tens of milliseconds,
 * when nobody is waiting. It needs the `gc` function (`node --expose-gc`, as `npm start` runs the server);
 * without it this does nothing. Returns the function that stops watching.
 */
export function collectWhenIdle(server: Server, options: { afterMs?: number; gc?: () => void } = {}): () => void {
  const gc = options.gc ?? (globalThis as { gc?: () => void }).gc;
  if (!gc) return () => {};
  const afterMs = options.afterMs ?? IDLE_GC_AFTER_MS;
  let inFlight = 0;
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const collect = () => {
    if (inFlight > 0 || !busy) return;
    busy = false;
    // Only this collection compacts every page; V8's own keep their cheaper heuristics.
    setFlagsFromString('--compact-on-every-full-gc');
    try {
      gc();
    } finally {
      setFlagsFromString('--no-compact-on-every-full-gc');
    }
  };
  const onRequest = (_req: unknown, res: NodeJS.EventEmitter) => {
    inFlight++;
    busy = true;
    clearTimeout(timer);
    res.once('close', () => {
      if (--inFlight > 0) return;
      timer = setTimeout(collect, afterMs);
      // Waiting to collect never keeps a stopping process alive.
      timer.unref();
    });
  };
  server.on('request', onRequest);
  return () => {
    clearTimeout(timer);
    server.off('request', onRequest);
  };
}
