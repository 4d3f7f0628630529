import { z } from 'zod';
import { SNAPSHOT_CAP } from './context.ts';

/** The only reader of process.env: validated once at start-up, then a frozen, typed object. */

const port = z.coerce.number().int().min(1).max(65535);
const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const EnvSchema = z.object({
  PORT: port.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  LOCAL_NEO4J_PORT: port.default(7687),
  LOCAL_NEO4J_DIR: z.string().min(1).default('.data/neo4j'),
  SEED_ON_START: boolean.default(true),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  /** Bearer token that allows edits; unset means editing is switched off. */
  EXPLORER_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  GRAPHIQL: boolean.default(true),
  /** Origins allowed to call the API from a browser (comma-separated); none by default. */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  /**
   * Sites allowed to embed the explorer's page in a frame (comma-separated origins, for embedded views and
   * stories); none by default, which keeps frame-ancestors 'none'.
   */
  EMBED_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  /** No single Neo4j transaction may run longer than this. */
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(5000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1024 * 1024),
  /** The most entities, and relationships, one `graph` answer may hold; bigger snapshots are for GET /export. */
  GRAPH_CAP: z.coerce.number().int().min(100).max(1_000_000).default(SNAPSHOT_CAP),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
});

export type Config = Readonly<z.infer<typeof EnvSchema>>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Bad configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and checks the environment; throws a ConfigError that lists every bad key. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  return Object.freeze(parsed.data);
}
