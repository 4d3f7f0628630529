import { buildLocalNeo4j } from './local-neo4j.ts';

/** `npm run build:db [-- --force]`: builds the local Neo4j now rather than on the first `npm start`. */
await buildLocalNeo4j((line) => console.log(line), { force: process.argv.includes('--force') });
