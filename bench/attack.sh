#!/usr/bin/env bash
# Availability under attack: builds the jar, and for each case of AttackBench starts a fresh server
# (embedded H2, synthetic data of size S), attacks it while ordinary clients query, and stops it.
# Usage: bench/attack.sh [--case=sse-stall,slow-body,ws-flood,search-flood] [other AttackBench options]
# (see bench/README.md; BENCH_PORT, BENCH_SIZE and BENCH_JAVA_OPTS change the port, data and server JVM)
set -euo pipefail
cd "$(dirname "$0")/.."

port=${BENCH_PORT:-18090}
cases=all
for arg in "$@"; do
	case $arg in --case=*) cases=$(echo "${arg#--case=}" | tr ',' ' ');; esac
done
[ "$cases" = all ] && cases="sse-stall slow-body ws-flood search-flood"
# An admin key for this run only, to create the editor key that publishes in sse-stall
admin="attack-bench-$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')"

./mvnw -B -q -DskipTests package
jar=$(ls target/parlgraph-*.jar | grep -v plain | head -1)
echo "# $(nproc) cores, $(java -version 2>&1 | head -1), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

for case in $cases; do
	if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
		echo "port $port is in use; set BENCH_PORT" >&2
		exit 1
	fi
	# The ordinary clients (X-API-Key: bench-user) and the editor get budgets that never run out,
	# so what they see is the server's availability; the attackers keep their addresses' budgets.
	PARLGRAPH_ADMIN_KEY="$admin" PARLGRAPH_API_KEYS=bench-user PARLGRAPH_LIMITS_RATELIMIT_APIKEYPOINTS=1000000000 \
		java ${BENCH_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --parlgraph.synthetic.size="${BENCH_SIZE:-S}" \
		--spring.datasource.url="jdbc:h2:mem:attack;DB_CLOSE_DELAY=-1" \
		> "target/attack-$case.log" 2>&1 &
	server=$!
	trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
	until curl -sf "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null; do
		kill -0 $server 2>/dev/null || { echo "server died; see target/attack-$case.log" >&2; exit 1; }
		sleep 2
	done
	echo "# $case: server up; load average $(cut -d' ' -f1-3 /proc/loadavg)"
	java bench/AttackBench.java --url="http://127.0.0.1:$port/graphql" --admin-key="$admin" --user-key=bench-user \
		--pid=$server "$@" --case="$case"
	echo "# $case done; load average $(cut -d' ' -f1-3 /proc/loadavg)"
	kill $server 2>/dev/null || echo "# the server had already ended; see target/attack-$case.log"
	wait $server 2>/dev/null || true
	trap - EXIT
done
