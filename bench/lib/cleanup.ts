/**
 * What must be stopped if the run is interrupted (Ctrl-C): each throwaway Neo4j and child server registers
 * its stop here while it runs, so an interrupted benchmark leaves no Neo4j or server behind.
 */
const pending = new Set<() => Promise<void>>();

export function onInterrupt(stop: () => Promise<void>): () => void {
  pending.add(stop);
  return () => pending.delete(stop);
}

let installed = false;

export function stopAllOnSignals(log: (line: string) => void): void {
  if (installed) return;
  installed = true;
  const handler = (signal: string) => {
    log(`${signal}: stopping what the benchmark started...`);
    void Promise.allSettled([...pending].map((stop) => stop())).then(() => process.exit(130));
  };
  process.once('SIGINT', () => handler('SIGINT'));
  process.once('SIGTERM', () => handler('SIGTERM'));
}
