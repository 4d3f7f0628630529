import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { LIMITS } from '../../server/src/limits.ts';
import { buildStylesheet } from '../../web/src/lib/graph/style.ts';
import { RELATIONSHIP_TYPES } from '../../web/src/lib/api/types.ts';
import { AnnouncementQueue } from '../../web/src/lib/state/announce-queue.ts';
import { readStoryFile } from '../../web/src/lib/state/story-file.ts';

/**
 * The README's figures that live in code and configuration, checked against it: each test reads the sentence
 * or table row from README.md or web/README.md, so changing either side alone fails here. (Claims about what
 * the running app does are held by the integration and browser tests; see tests/integration/readme-claims.)
 */
const ROOT = path.join(import.meta.dirname, '..', '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const WEB_README = readFileSync(path.join(ROOT, 'web', 'README.md'), 'utf8');
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The rows of README tables whose first cell is an `ENV_VARIABLE`: name -> default cell. */
function defaultsTable(): Map<string, string> {
  const rows = [...README.matchAll(/^\| `([A-Z0-9_]+)` \| ([^|]+) \|/gm)];
  return new Map(rows.map((m) => [m[1]!, m[2]!.trim()]));
}

describe('README: configuration', () => {
  it('lists every variable with the default the server really has', () => {
    const table = defaultsTable();
    const config = loadConfig({});
    const code = (v: unknown) => `\`${v}\``;
    expect(table.get('PORT')).toBe(code(config.PORT));
    expect(table.get('HOST')).toBe(code(config.HOST));
    expect(table.get('NEO4J_URI')).toBe('unset');
    expect(config.NEO4J_URI).toBeUndefined();
    expect(table.get('NEO4J_USER')).toBe(code(config.NEO4J_USER));
    expect(table.get('NEO4J_PASSWORD')).toBe('empty');
    expect(config.NEO4J_PASSWORD).toBe('');
    expect(table.get('NEO4J_DATABASE')).toBe(code(config.NEO4J_DATABASE));
    expect(table.get('LOCAL_NEO4J_PORT')).toBe(code(config.LOCAL_NEO4J_PORT));
    expect(table.get('LOCAL_NEO4J_DIR')).toBe(code(config.LOCAL_NEO4J_DIR));
    expect(table.get('SEED_ON_START')).toBe(code(config.SEED_ON_START));
    expect(table.get('LOG_LEVEL')).toBe(code(config.LOG_LEVEL));
    expect(table.get('EXPLORER_ADMIN_TOKEN')).toBe('unset (editing off)');
    expect(config.EXPLORER_ADMIN_TOKEN).toBeUndefined();
    expect(table.get('GRAPHIQL')).toBe(code(config.GRAPHIQL));
    expect(table.get('CORS_ORIGINS')).toBe('none');
    expect(config.CORS_ORIGINS).toEqual([]);
    expect(table.get('EMBED_ORIGINS')).toBe('none');
    expect(config.EMBED_ORIGINS).toEqual([]);
    expect(table.get('QUERY_TIMEOUT_MS')).toBe(code(config.QUERY_TIMEOUT_MS));
    expect(table.get('MAX_BODY_BYTES')).toBe(code(config.MAX_BODY_BYTES));
    expect(table.get('GRAPH_CAP')).toBe(code(config.GRAPH_CAP));
    // The local Neo4j's memory is read by db/start.sh, not by the server.
    const start = readFileSync(path.join(ROOT, 'db', 'start.sh'), 'utf8');
    expect(table.get('LOCAL_NEO4J_HEAP')).toBe(`\`${/LOCAL_NEO4J_HEAP:-([^}]+)\}/.exec(start)?.[1]}\``);
    expect(table.get('LOCAL_NEO4J_PAGECACHE_MB')).toBe(`\`${/LOCAL_NEO4J_PAGECACHE_MB:-([^}]+)\}/.exec(start)?.[1]}\``);
    expect(table.size).toBe(19);
  });

  it('says the admin token is 16 characters or more, as the check is', () => {
    expect(README).toContain('Bearer token for edits, 16 characters or more');
    expect(() => loadConfig({ EXPLORER_ADMIN_TOKEN: 'x'.repeat(15) })).toThrow(/EXPLORER_ADMIN_TOKEN: must be at least 16 characters/);
    expect(loadConfig({ EXPLORER_ADMIN_TOKEN: 'x'.repeat(16) }).EXPLORER_ADMIN_TOKEN).toHaveLength(16);
  });

  it('gives the default URL and the versions the build asks for', () => {
    expect(README).toContain('Then open <http://localhost:4000>');
    expect(loadConfig({}).PORT).toBe(4000);
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    const pom = readFileSync(path.join(ROOT, 'db', 'pom.xml'), 'utf8');
    expect(README).toContain('You need **Node 20+** and either **JDK 17+ with Maven 3.8+**');
    expect(pkg.engines.node).toBe('>=20');
    expect(pom).toContain('<maven.compiler.release>17</maven.compiler.release>');
    expect(oneLine(README)).toContain('a small Java 17 program (Neo4j 5.26 Community embedded');
    expect(/<neo4j.version>(\d+\.\d+)\.\d+<\/neo4j.version>/.exec(pom)?.[1]).toBe('5.26');
  });
});

describe('README: limits', () => {
  it('names the query limits the server sets', () => {
    const text = oneLine(README);
    expect(text).toContain(
      `queries deeper than ${LIMITS.maxDepth} levels, with more than ${LIMITS.maxAliases} aliases, ` +
        `${LIMITS.maxTokens.toLocaleString('en-GB')} tokens, ${LIMITS.maxDirectives} directives or a cost over ` +
        `${LIMITS.maxCost.toLocaleString('en-GB')} are refused before they run`,
    );
    expect(LIMITS).toEqual({ maxDepth: 8, maxAliases: 15, maxTokens: 2000, maxDirectives: 10, maxCost: 20_000 });
    // web/README.md: what the depth limit leaves room for in a "what changed" view.
    expect(oneLine(WEB_README)).toContain(`the API's depth limit (${LIMITS.maxDepth}) leaves no room for them`);
  });
});

describe('web/README: the presenter, stories and the live region', () => {
  /** The style a rule list ends with for a selector (later blocks win, as in Cytoscape). */
  const last = (theme: 'light' | 'projector', selector: string, property: string) =>
    (buildStylesheet(theme) as { selector: string; style: Record<string, unknown> }[])
      .filter((b) => b.selector === selector && property in b.style)
      .at(-1)?.style[property];

  it('presents labels at 22 px bold and lines twice as thick as on the map', () => {
    expect(oneLine(WEB_README)).toContain('labels at 22 px bold on solid white, lines twice as thick');
    expect(last('projector', 'node', 'font-size')).toBe(22);
    expect(last('projector', 'node', 'font-weight')).toBe(700);
    const widths = RELATIONSHIP_TYPES.map((t) => [t, last('projector', `edge.type-${t}`, 'width'), 2 * Number(last('light', `edge.type-${t}`, 'width'))]);
    expect(widths).toHaveLength(14);
    expect(widths.filter(([, projector, twice]) => projector !== twice)).toEqual([]);
  });

  it('sets the caption at up to 3.2 rem', () => {
    expect(oneLine(WEB_README)).toContain('the caption in white on near-black at up to 3.2 rem');
    const bar = readFileSync(path.join(ROOT, 'web', 'src', 'lib', 'components', 'PresenterBar.svelte'), 'utf8');
    expect(bar).toMatch(/font-size: clamp\([^)]*, 3\.2rem\);/);
  });

  it('takes story titles of 1 to 120 characters, at most 100 steps, captions of 1 to 280', () => {
    expect(oneLine(WEB_README)).toContain('`title` is 1 to 120 characters; `steps` is a list (at most 100) of a `caption` (1 to 280 characters)');
    const file = (title: string, steps: number, caption = 'A caption.') =>
      JSON.stringify({ format: 'nhs-explorer-story', version: 1, title, steps: Array.from({ length: steps }, () => ({ caption, view: 'focus=nhs-england' })) });
    const problems = (text: string) => {
      const result = readStoryFile(text);
      return 'errors' in result ? result.errors : [];
    };
    expect(problems(file('x'.repeat(120), 100, 'c'.repeat(280)))).toEqual([]);
    expect(problems(file('x'.repeat(121), 1))).toEqual(["The story's title is longer than 120 characters."]);
    expect(problems(file('', 1))).toEqual(['The story has no title.']);
    expect(problems(file('A story', 101))).toEqual(['The story has more than 100 steps.']);
    expect(problems(file('A story', 1, 'c'.repeat(281)))).toEqual(['Step 1: the caption is longer than 280 characters.']);
  });

  describe('the live region', () => {
    beforeEach(() => void vi.useFakeTimers());
    afterEach(() => void vi.useRealTimers());

    it('waits until things settle, 350 ms, before it speaks', () => {
      expect(oneLine(WEB_README)).toContain('Messages wait until things settle (350 ms)');
      const said: string[] = [];
      const queue = new AnnouncementQueue((text) => said.push(text));
      queue.say('map', 'Map shows 34 entities and 51 relationships as of 1 April 2017');
      vi.advanceTimersByTime(349);
      expect(said).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(said).toEqual(['Map shows 34 entities and 51 relationships as of 1 April 2017']);
    });
  });
});
