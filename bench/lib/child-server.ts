import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';

/**
 * A benchmark's server child (ours or the peer): listens on the loopback port, says so to its parent over IPC,
 * and on SIGTERM or SIGINT stops taking requests, closes its driver and exits.
 */
export function serveForBench(server: Server, port: number, driver: Driver): void {
  server.listen(port, '127.0.0.1', () => process.send?.({ ready: port }));
  const stop = () => {
    server.close(() => void driver.close().then(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
