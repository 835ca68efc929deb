#!/usr/bin/env bash
# ParlGraph beside PostGraphile 4.14.1 on the same PostgreSQL database, shape by shape, with a
# hand-written SQL floor for each. Usage: bench/compare.sh [S|M]   (see bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."

size=${1:-S}
pg_host=${BENCH_PG_HOST:-127.0.0.1}
pg_user=${BENCH_PG_USER:-postgres}
parlgraph_port=${BENCH_PORT:-8091}
postgraphile_port=${BENCH_POSTGRAPHILE_PORT:-8092}
database="parlgraph_compare_$(echo "$size" | tr 'A-Z' 'a-z')"
pg="psql -h $pg_host -U $pg_user -v ON_ERROR_STOP=1 -Atq"

for tool in java node npm psql pgbench curl; do
	command -v $tool > /dev/null || { echo "compare.sh needs $tool on the PATH" >&2; exit 1; }
done
command -v wrk > /dev/null || { echo "compare.sh needs wrk: apt-get install -y wrk (or brew install wrk)" >&2; exit 1; }

# PostGraphile and the subscription client, pinned by bench/package-lock.json, into bench/node_modules
if [ ! -d bench/node_modules ] || [ bench/package-lock.json -nt bench/node_modules ]; then
	(cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi

./mvnw -B -q -DskipTests package
jar=$(ls target/parlgraph-*.jar | grep -v plain | head -1)

$pg -d postgres -c "drop database if exists $database with (force)" -c "create database $database"
echo "# loading size $size into $database..." >&2
admin_key=$(head -c 32 /dev/urandom | base64 | tr -d '/+=' | head -c 40)
SPRING_PROFILES_ACTIVE=postgres PARLGRAPH_DB_URL="jdbc:postgresql://$pg_host:5432/$database" PARLGRAPH_DB_USER=$pg_user \
	PARLGRAPH_ADMIN_KEY=$admin_key java -jar "$jar" --server.port="$parlgraph_port" \
	--parlgraph.synthetic.size="$size" --parlgraph.limits.rate-limit.enabled=false \
	--parlgraph.limits.connections.websockets-per-address=2000 --parlgraph.limits.connections.requests-per-address=2000 \
	--logging.level.io.parlgraph.requests=WARN \
	--management.endpoints.web.exposure.include=health,prometheus,loggers > "target/compare-$size.log" 2>&1 &
parlgraph=$!
postgraphile=
counting=
stop() {
	kill $parlgraph ${postgraphile:-} ${counting:-} 2>/dev/null || true
	wait $parlgraph ${postgraphile:-} ${counting:-} 2>/dev/null || true
}
trap stop EXIT
until curl -sf "http://127.0.0.1:$parlgraph_port/graphql" -H 'Content-Type: application/json' \
		-d '{"query":"{ __typename }"}' > /dev/null; do
	kill -0 $parlgraph 2>/dev/null || { echo "ParlGraph died; see target/compare-$size.log" >&2; exit 1; }
	sleep 2
done
echo "# ParlGraph up; $(grep -o 'loaded in [0-9]* ms' "target/compare-$size.log")" >&2

# PostGraphile as its README starts it, with the simplify inflector, on the same database; and a
# second one that logs each SQL statement, only to count them
start_postgraphile() { # port [DEBUG namespaces]
	exec env NODE_ENV=production DEBUG="${2:-}" bench/node_modules/.bin/postgraphile --connection "postgres://$pg_user@$pg_host:5432/$database" \
		--schema public --host 127.0.0.1 --port "$1" --disable-query-log \
		--append-plugins @graphile-contrib/pg-simplify-inflector
}
start_postgraphile "$postgraphile_port" > "target/compare-$size-postgraphile.log" 2>&1 &
postgraphile=$!
start_postgraphile $((postgraphile_port + 1)) postgraphile:postgres > "target/compare-$size-postgraphile-sql.log" 2>&1 &
counting=$!
for port in $postgraphile_port $((postgraphile_port + 1)); do
	until curl -sf "http://127.0.0.1:$port/graphql" -H 'Content-Type: application/json' \
			-d '{"query":"{ __typename }"}' > /dev/null; do
		kill -0 $postgraphile $counting 2>/dev/null || { echo "PostGraphile died; see target/compare-$size-postgraphile*.log" >&2; exit 1; }
		sleep 1
	done
done
echo "# PostGraphile up" >&2

mkdir -p bench/results
BENCH_SIZE=$size BENCH_DATABASE=$database BENCH_PG_HOST=$pg_host BENCH_PG_USER=$pg_user \
	BENCH_PARLGRAPH_URL="http://127.0.0.1:$parlgraph_port" BENCH_POSTGRAPHILE_URL="http://127.0.0.1:$postgraphile_port" \
	BENCH_POSTGRAPHILE_COUNTING_URL="http://127.0.0.1:$((postgraphile_port + 1))" \
	BENCH_POSTGRAPHILE_COUNTING_LOG="target/compare-$size-postgraphile-sql.log" \
	BENCH_PARLGRAPH_PID=$parlgraph BENCH_POSTGRAPHILE_PID=$postgraphile BENCH_ADMIN_KEY=$admin_key \
	BENCH_JAR=$jar node bench/compare.mjs

stop
trap - EXIT
$pg -d postgres -c "drop database $database with (force)"
