import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/src/config.ts';

describe('config', () => {
  it('has defaults a newcomer can run with', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', LOCAL_NEO4J_PORT: 7687, LOCAL_NEO4J_DIR: '.data/neo4j', NEO4J_DATABASE: 'neo4j' });
    expect(config.NEO4J_URI).toBeUndefined();
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('accepts Aura and cluster URIs', () => {
    expect(loadConfig({ NEO4J_URI: 'neo4j+s://abc.databases.example' }).NEO4J_URI).toBe('neo4j+s://abc.databases.example');
    expect(loadConfig({ NEO4J_URI: 'bolt://db:7687' }).NEO4J_URI).toBe('bolt://db:7687');
  });

  it('lists every bad key at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', NEO4J_URI: 'http://x', LOG_LEVEL: 'loud' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT');
    expect(message).toContain('NEO4J_URI: must be a bolt://');
    expect(message).toContain('LOG_LEVEL');
  });
});
