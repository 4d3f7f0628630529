import { readFileSync } from 'node:fs';

/** CPU seconds a process has used so far (user + system), from /proc; null where there is no /proc. */
export function processCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

/** This Node process's CPU seconds so far. */
export function selfCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Runs work and says how much CPU this process and another (Neo4j) used meanwhile, and the wall time. */
export async function measureCpu<T>(otherPid: number, work: () => Promise<T>): Promise<{ value: T; wallSeconds: number; nodeCpuSeconds: number; neo4jCpuSeconds: number | null }> {
  const wall = performance.now();
  const self = selfCpuSeconds();
  const other = processCpuSeconds(otherPid);
  const value = await work();
  const otherAfter = processCpuSeconds(otherPid);
  return {
    value,
    wallSeconds: (performance.now() - wall) / 1000,
    nodeCpuSeconds: selfCpuSeconds() - self,
    neo4jCpuSeconds: other !== null && otherAfter !== null ? otherAfter - other : null,
  };
}
