import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { PEER_TYPE_DEFS } from './type-defs.ts';
import { serveForBench } from '../lib/child-server.ts';

/**
 * The peer: @neo4j/graphql over the same Neo4j, served by graphql-yoga (one of the servers its documentation
 * shows) on a loopback port. Run as a child process by bench/api/servers.ts; says it is ready over IPC.
 * Environment: BENCH_NEO4J_URI, BENCH_PORT, and BENCH_PEER_QUERY_OPTIONS (JSON: the library's cypherQueryOptions,
 * for trying its Cypher options; none by default).
 */

const uri = process.env.BENCH_NEO4J_URI ?? '';
const port = Number(process.env.BENCH_PORT ?? 0);
const cypherQueryOptions = process.env.BENCH_PEER_QUERY_OPTIONS ? (JSON.parse(process.env.BENCH_PEER_QUERY_OPTIONS) as Record<string, string>) : undefined;
const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'unused'), { telemetryDisabled: true });
const schema = await new Neo4jGraphQL({ typeDefs: PEER_TYPE_DEFS, driver }).getSchema();
const yoga = createYoga({
  schema,
  graphqlEndpoint: '/graphql',
  graphiql: false,
  landingPage: false,
  logging: 'warn',
  context: () => ({ sessionConfig: { database: 'neo4j' }, ...(cypherQueryOptions ? { cypherQueryOptions } : {}) }),
});
const server = createServer(yoga);
serveForBench(server, port, driver);
