#!/usr/bin/env bash
# Benchmark search and deep pages on PostgreSQL with synthetic data of a size (S, M or L).
# Usage: bench/run.sh [S|M|L]   (PostgreSQL on 127.0.0.1:5432, user postgres; see bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."

size=${1:-S}
port=${BENCH_PORT:-8089}
pg="psql -h ${BENCH_PG_HOST:-127.0.0.1} -U ${BENCH_PG_USER:-postgres} -v ON_ERROR_STOP=1 -Atq"
database="parlgraph_bench_$(echo "$size" | tr 'A-Z' 'a-z')"

./mvnw -B -q -DskipTests package
jar=$(ls target/parlgraph-*.jar | grep -v plain | head -1)

$pg -d postgres -c "drop database if exists $database" -c "create database $database"
echo "# loading size $size into $database..." >&2
start=$(date +%s)
SPRING_PROFILES_ACTIVE=postgres PARLGRAPH_DB_URL="jdbc:postgresql://${BENCH_PG_HOST:-127.0.0.1}:5432/$database" \
	PARLGRAPH_DB_USER=${BENCH_PG_USER:-postgres} java -jar "$jar" --server.port="$port" \
	--parlgraph.synthetic.size="$size" > "target/bench-$size.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' \
		-d '{"query":"{ __typename }"}' > /dev/null; do
	kill -0 $server 2>/dev/null || { echo "server died; see target/bench-$size.log" >&2; exit 1; }
	sleep 2
done
echo "# server up after $(( $(date +%s) - start )) s; $(grep -o 'loaded in [0-9]* ms' "target/bench-$size.log")" >&2

depth="(select count(*) * 9 / 10 from quote)"
id=$($pg -d "$database" -c "select id from quote order by id offset $depth limit 1")
day=$($pg -d "$database" -c "select said_on || ' ' || id from quote order by said_on desc, id desc offset $depth limit 1")
echo "# $(nproc) cores; quotes: $($pg -d "$database" -c 'select count(*) from quote'); search documents: $($pg -d "$database" -c 'select count(*) from search_document')" >&2
java bench/Benchmark.java "http://127.0.0.1:$port/graphql" "$id" $day

kill $server; wait $server 2>/dev/null || true
trap - EXIT
$pg -d postgres -c "drop database $database with (force)"
