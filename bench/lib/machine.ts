import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

const ROOT = new URL('../../', import.meta.url);

/** Read from node_modules directly: some packages do not export their package.json. */
function version(pkg: string): string | null {
  try {
    return (JSON.parse(readFileSync(new URL(`node_modules/${pkg}/package.json`, ROOT), 'utf8')) as { version: string }).version;
  } catch {
    return null;
  }
}

function command(cmd: string, args: string[]): string | null {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n')[0] ?? null;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    return stderr ? stderr.trim().split('\n')[0] ?? null : null;
  }
}

/** What the figures were measured on: the machine, how busy it was, and the versions of what was measured. */
export function describeMachine() {
  let neo4j: string | null = null;
  try {
    neo4j = /<neo4j.version>([^<]+)</.exec(readFileSync(new URL('../../db/pom.xml', import.meta.url), 'utf8'))?.[1] ?? null;
  } catch {
    neo4j = null;
  }
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    loadAverageAtStart: os.loadavg().map((l) => Number(l.toFixed(2))),
    versions: {
      node: process.version,
      java: command('java', ['-version']),
      chromium: command('/usr/bin/chromium', ['--version']),
      neo4j,
      'graphql-yoga': version('graphql-yoga'),
      graphql: version('graphql'),
      'neo4j-driver': version('neo4j-driver'),
      '@neo4j/graphql': version('@neo4j/graphql'),
      autocannon: version('autocannon'),
      cytoscape: version('cytoscape'),
      'playwright-core': version('playwright-core'),
      vite: version('vite'),
    },
  };
}
