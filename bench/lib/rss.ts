import { readFileSync } from 'node:fs';

/** VmRSS of a process, in MB (Linux), or null: its resident memory, what the system counts against it. */
export function rssMB(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
