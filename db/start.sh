#!/usr/bin/env bash
# Runs the local embedded Neo4j built by `npm run build:db`. exec keeps the JVM's PID, so SIGTERM from the
# Node server reaches it and Neo4j shuts down cleanly through its shutdown hook.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
store="${LOCAL_NEO4J_DIR:-.data/neo4j}"
port="${LOCAL_NEO4J_PORT:-7687}"
heap="${LOCAL_NEO4J_HEAP:-1g}"
pagecache="${LOCAL_NEO4J_PAGECACHE_MB:-256}"
exec java -Xms256m "-Xmx${heap}" -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --add-opens=java.base/java.lang=ALL-UNNAMED \
  --add-opens=java.base/java.util=ALL-UNNAMED \
  --add-opens=java.base/java.util.concurrent=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED \
  -Dio.netty.tryReflectionSetAccessible=true -Djdk.nio.maxCachedBufferSize=1024 -Dlog4j2.disable.jmx=true \
  "-Dgraph.home=${store}" "-Dgraph.port=${port}" "-Dgraph.pagecache=${pagecache}" \
  -cp "${here}/target/classes:${here}/target/lib/*" explorer.db.LocalNeo4j
