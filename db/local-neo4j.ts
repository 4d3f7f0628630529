import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds (once) and runs the embedded Neo4j of db/: the Java program in src/, its jars in target/lib. The build
 * is cached: it reruns only when pom.xml or the Java source changed.
 */

const DB_DIR = path.dirname(fileURLToPath(import.meta.url));
const STAMP = path.join(DB_DIR, 'target', '.build-stamp');
const MAVEN_ATTEMPTS = 4;

type Log = (line: string) => void;

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

function newestInput(): number {
  let newest = statSync(path.join(DB_DIR, 'pom.xml')).mtimeMs;
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  walk(path.join(DB_DIR, 'src'));
  newest = Math.max(newest, statSync(path.join(DB_DIR, 'start.sh')).mtimeMs);
  return newest;
}

export function isBuilt(): boolean {
  if (!existsSync(STAMP) || !existsSync(path.join(DB_DIR, 'target', 'lib'))) return false;
  return Number(readFileSync(STAMP, 'utf8')) >= newestInput();
}

function has(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/** Says plainly what is missing to run a local Neo4j. */
export function checkPrerequisites(needMaven: boolean): void {
  const missing: string[] = [];
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.status !== 0) missing.push('a Java 17+ runtime (JDK 17 or 21; e.g. apt-get install openjdk-17-jdk-headless)');
  else {
    const m = /version "(\d+)/.exec(java.stderr);
    if (m && Number(m[1]) < 17) missing.push(`Java 17 or newer (found Java ${m[1]})`);
  }
  if (needMaven && !has('mvn', ['-v'])) missing.push('Maven 3.8+ (e.g. apt-get install maven)');
  if (missing.length > 0) {
    throw new LocalNeo4jError(
      `The local Neo4j needs ${missing.join(' and ')}.\n` +
        'Install it, or set NEO4J_URI (with NEO4J_USER and NEO4J_PASSWORD) to use a Neo4j you already run, such as Aura.',
    );
  }
}

/**
 * Runs the Maven build if needed, showing progress (the first build downloads about 160 MB of jars). Maven
 * Central sometimes refuses a burst of downloads for a moment, so a failed build is retried with a pause.
 */
export async function buildLocalNeo4j(log: Log, options: { force?: boolean } = {}): Promise<void> {
  if (!options.force && isBuilt()) return;
  checkPrerequisites(true);
  log('Building the local Neo4j (db/) with Maven; the first build downloads Neo4j 5.26 and takes a few minutes...');
  for (let attempt = 1; attempt <= MAVEN_ATTEMPTS; attempt++) {
    const ok = await runMaven(log);
    if (ok) {
      mkdirSync(path.dirname(STAMP), { recursive: true });
      writeFileSync(STAMP, String(Date.now()));
      log('Local Neo4j built.');
      return;
    }
    if (attempt < MAVEN_ATTEMPTS) {
      const pause = 5 * attempt;
      log(`Maven build failed (attempt ${attempt} of ${MAVEN_ATTEMPTS}); retrying in ${pause} s...`);
      await new Promise((r) => setTimeout(r, pause * 1000));
    }
  }
  throw new LocalNeo4jError(`The Maven build of db/ failed ${MAVEN_ATTEMPTS} times; see the output above.`);
}

function runMaven(log: Log): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(
      'mvn',
      ['-B', '-ntp', 'package', '-Dmaven.wagon.http.retryHandler.count=5', '-Daether.connector.http.retryHandler.count=5'],
      { cwd: DB_DIR, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    // -ntp hides per-file transfer lines; show a count of downloads instead, plus errors.
    let downloads = 0;
    let lastShown = Date.now();
    const tail: string[] = [];
    const onLine = (line: string) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      if (/Download(ed|ing) from/.test(line)) downloads++;
      if (/\[ERROR\]/.test(line)) log(`  ${line}`);
      if (Date.now() - lastShown > 5000) {
        lastShown = Date.now();
        log(`  ...still building${downloads ? ` (${downloads} files fetched)` : ''}`);
      }
    };
    let buffer = '';
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      lines.forEach(onLine);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', () => resolve(false));
    child.on('close', (code) => {
      if (code !== 0) tail.slice(-15).forEach((l) => log(`  ${l}`));
      resolve(code === 0);
    });
  });
}

export interface LocalNeo4j {
  uri: string;
  process: ChildProcess;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after the grace period). */
  stop(): Promise<void>;
}

/** Starts the built Neo4j and resolves once it prints its ready line. */
export function startLocalNeo4j(options: {
  port: number;
  dir: string;
  log: Log;
  readyTimeoutMs?: number;
}): Promise<LocalNeo4j> {
  checkPrerequisites(false);
  const { port, dir, log } = options;
  const timeoutMs = options.readyTimeoutMs ?? 120_000;
  const child = spawn(path.join(DB_DIR, 'start.sh'), [], {
    env: { ...process.env, LOCAL_NEO4J_PORT: String(port), LOCAL_NEO4J_DIR: path.resolve(dir) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const uri = `bolt://127.0.0.1:${port}`;
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => {
    stderr.push(...chunk.toString().split('\n').filter(Boolean));
    if (stderr.length > 30) stderr.splice(0, stderr.length - 30);
  });

  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killed = await Promise.race([exited.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 60_000))]);
    if (!killed) {
      log('Local Neo4j did not stop within 60 s; killing it.');
      child.kill('SIGKILL');
      await exited;
    }
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new LocalNeo4jError(`Local Neo4j did not become ready within ${timeoutMs / 1000} s.\n${stderr.join('\n')}`));
    }, timeoutMs);
    let buffer = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('LOCAL_NEO4J_READY')) {
          clearTimeout(timer);
          log(`Local Neo4j ready on ${uri} (store ${path.resolve(dir)}).`);
          resolve({ uri, process: child, stop });
        }
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new LocalNeo4jError(`Could not start the local Neo4j: ${error.message}`));
    });
    void exited.then((code) => {
      clearTimeout(timer);
      const hint = stderr.some((l) => /lock|Lock/.test(l))
        ? `\nAnother Neo4j is using the store ${path.resolve(dir)}: stop it, or set LOCAL_NEO4J_DIR.`
        : stderr.some((l) => /Address already in use|BindException/.test(l))
          ? `\nPort ${port} is taken: stop what uses it, or set LOCAL_NEO4J_PORT.`
          : '';
      reject(new LocalNeo4jError(`Local Neo4j exited (code ${code}) before it was ready.${hint}\n${stderr.slice(-15).join('\n')}`));
    });
  });
}

export interface SupervisedNeo4j {
  uri: string;
  /** How many times it has been restarted after dying. */
  restarts(): number;
  /** The current child process, while one runs (the soak test kills it on purpose). */
  current(): LocalNeo4j | null;
  /** Stops it for good: no restart after this. */
  stop(): Promise<void>;
}

/**
 * Starts the local Neo4j and keeps it running: if it dies, it is started again after 1 s, then 2, 4... up to
 * 30 s between tries. A clean stop() is never followed by a restart.
 */
export async function superviseLocalNeo4j(options: { port: number; dir: string; log: Log }): Promise<SupervisedNeo4j> {
  const { log } = options;
  let current: LocalNeo4j | null = await startLocalNeo4j(options);
  let stopping = false;
  let restarts = 0;
  let backoff = 1000;

  const watch = (instance: LocalNeo4j) => {
    instance.process.once('exit', (code, signal) => {
      if (stopping) return;
      current = null;
      log(`Local Neo4j stopped unexpectedly (${signal ?? `code ${code}`}); restarting in ${backoff / 1000} s...`);
      const retry = async () => {
        if (stopping) return;
        try {
          const next = await startLocalNeo4j(options);
          if (stopping) return void (await next.stop());
          current = next;
          restarts++;
          backoff = 1000;
          watch(next);
        } catch (error) {
          backoff = Math.min(backoff * 2, 30_000);
          log(`Restart failed (${(error as Error).message.split('\n')[0]}); next try in ${backoff / 1000} s.`);
          setTimeout(() => void retry(), backoff);
        }
      };
      setTimeout(() => void retry(), backoff);
    });
  };
  watch(current);

  return {
    uri: current.uri,
    restarts: () => restarts,
    current: () => current,
    async stop() {
      stopping = true;
      await current?.stop();
    },
  };
}
