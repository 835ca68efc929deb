#!/usr/bin/env bash
# Builds the container image from a clean clone and checks it end to end with a real Docker engine:
# the build, a code change that rebuilds only the application layer, a start on H2 and on
# PostgreSQL from environment variables alone, HEALTHCHECK, the non-root user, two instances on one
# database (same data; an article published through one reaches an SSE subscriber of the other)
# and a graceful `docker stop`. Prints a summary; exits non-zero if any check failed.
#
#   bench/container-check.sh [BUILD_IMAGE [RUNTIME_IMAGE]]
#
# Without arguments the Dockerfile's base images are used (eclipse-temurin:17-jdk / 17-jre); where
# no registry is reachable, make stand-ins first with bench/container-base-images.sh.
# Needs: a running Docker engine, git, curl, jq, and PostgreSQL client tools (createdb, dropdb) for a
# server the containers reach over the host network (libpq's PGHOST, PGPORT, PGUSER, PGPASSWORD;
# 127.0.0.1:5432, user postgres by default). The throwaway database CHECK_DB is dropped and created.
#
# Environment: PORT (8180; the checks use PORT to PORT+3 on the host), CHECK_DB
# (parlgraph_container_check), TAG (parlgraph:check), SOURCE (the git repository to clone: this
# one, at its committed HEAD), NO_CACHE (1: the first build uses no cached layer), START_TIMEOUT
# (300 s to turn healthy).
set -uo pipefail

build_image=${1:-${BUILD_IMAGE:-}}
runtime_image=${2:-${RUNTIME_IMAGE:-}}
port=${PORT:-8180}
db=${CHECK_DB:-parlgraph_container_check}
tag=${TAG:-parlgraph:check}
source=${SOURCE:-$(git -C "$(dirname "$0")" rev-parse --show-toplevel)}
start_timeout=${START_TIMEOUT:-300}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

work=$(mktemp -d)
containers=()
failures=0
summary=()

cleanup() {
	for c in "${containers[@]}"; do docker rm -f -v "$c" >/dev/null 2>&1; done
	dropdb --if-exists "$db" 2>/dev/null
	jobs -p | xargs -r kill 2>/dev/null
	rm -rf "$work"
}
trap cleanup EXIT

log() { echo "== $*"; }
pass() { summary+=("PASS  $*"); echo "   PASS: $*"; }
fail() { summary+=("FAIL  $*"); echo "   FAIL: $*"; failures=$((failures + 1)); }
# check DESCRIPTION COMMAND...: passes when the command succeeds
check() { local what=$1; shift; if "$@"; then pass "$what"; else fail "$what"; fi; }
now_ms() { date +%s%3N; }
seconds() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

build_args=()
[ -n "$build_image" ] && build_args+=(--build-arg "BUILD_IMAGE=$build_image")
[ -n "$runtime_image" ] && build_args+=(--build-arg "RUNTIME_IMAGE=$runtime_image")

# build LOG [docker build options]: builds the clone into $tag, timing it
build() {
	local out=$1; shift
	local t0; t0=$(now_ms)
	docker build "${build_args[@]}" "$@" -t "$tag" "$work/src" >"$out" 2>&1
	local rc=$?
	build_ms=$(($(now_ms) - t0))
	[ $rc -eq 0 ] || tail -30 "$out"
	return $rc
}

layers() { docker image inspect -f '{{range .RootFS.Layers}}{{println .}}{{end}}' "$tag" | sed '/^$/d'; }

# start NAME [docker run options]: starts a container of $tag and records when
start() {
	local name=$1; shift
	docker rm -f -v "$name" >/dev/null 2>&1
	containers+=("$name")
	started_at[$name]=$(now_ms)
	docker run -d --name "$name" "$@" "$tag" >/dev/null
}

# wait_healthy NAME: waits for the HEALTHCHECK to say healthy; records how long it took
wait_healthy() {
	local name=$1 status deadline=$(($(now_ms) + start_timeout * 1000))
	while [ "$(now_ms)" -lt $deadline ]; do
		status=$(docker inspect -f '{{.State.Health.Status}}' "$name" 2>/dev/null) || return 1
		if [ "$status" = healthy ]; then
			healthy_ms[$name]=$(($(now_ms) - ${started_at[$name]}))
			start_cpu_ms[$name]=$(cpu_ms "$name")
			return 0
		fi
		[ "$(docker inspect -f '{{.State.Running}}' "$name")" = true ] || { docker logs --tail 30 "$name"; return 1; }
		sleep 1
	done
	docker logs --tail 30 "$name"
	return 1
}

# cpu_ms NAME: the CPU time the container has used so far (cgroup v2 or v1), in milliseconds; unlike
# the wall-clock start time, it hardly depends on what else the machine is running
cpu_ms() {
	docker exec "$1" sh -c 'if [ -r /sys/fs/cgroup/cpu.stat ]; then echo $(($(sed -n "s/^usage_usec //p" /sys/fs/cgroup/cpu.stat) / 1000));
		else echo $(($(cat /sys/fs/cgroup/cpuacct/cpuacct.usage) / 1000000)); fi'
}

# The start time Spring Boot reports ("Started ParlGraphApplication in 12.3 seconds")
boot_seconds() { docker logs "$1" 2>&1 | sed -n 's/.*Started ParlGraphApplication in \([0-9.]*\) seconds.*/\1/p'; }

# graphql PORT QUERY [KEY]: the JSON answer to a query (a JSON string) on localhost:PORT
graphql() {
	local auth=()
	[ -n "${3:-}" ] && auth=(-H "Authorization: Bearer $3")
	curl -sf "localhost:$1/graphql" -H 'Content-Type: application/json' "${auth[@]}" \
		-d "$(jq -n --arg q "$2" '{query: $q}')"
}

# stop_gracefully NAME: docker stop within its default 10 s grace period; the process must end by
# itself (exit 143 after SIGTERM, not 137 after SIGKILL) once Spring Boot's graceful shutdown completed
stop_gracefully() {
	local name=$1 t0; t0=$(now_ms)
	docker stop "$name" >/dev/null
	stop_ms[$name]=$(($(now_ms) - t0))
	local code logged
	code=$(docker inspect -f '{{.State.ExitCode}}' "$name")
	# (no grep -q on a pipe: under pipefail, the writer it leaves behind fails the pipeline)
	logged=$(docker logs "$name" 2>&1 | grep -o 'Graceful shutdown complete')
	echo "   $name: docker stop took $(seconds "${stop_ms[$name]}") s, exit code $code, logged: ${logged:-nothing about a graceful shutdown}"
	[ "$code" = 143 ] && [ "${stop_ms[$name]}" -lt 10000 ] && [ -n "$logged" ]
}

# only_last_differs FILE1 FILE2: the same number of layers, all equal but the last (application) one
only_last_differs() {
	[ "$(wc -l <"$1")" = "$(wc -l <"$2")" ] && [ "$(head -n -1 "$1")" = "$(head -n -1 "$2")" ] \
		&& [ "$(tail -1 "$1")" != "$(tail -1 "$2")" ]
}

# dependencies_cached LOG: the build reused the dependency step (legacy builder or BuildKit)
dependencies_cached() { grep -A1 'dependency:resolve' "$1" | grep -E 'Using cache|CACHED' >/dev/null; }

answers() { graphql "$1" '{ articles(first: 1) { totalCount } }' | jq -e '.data.articles.totalCount >= 0' >/dev/null; }

# same_data PORT1 PORT2: both instances give the same (non-empty) answer
same_data() {
	local query='{ articles(first: 100) { totalCount edges { node { id slug } } } parliaments(first: 100) { totalCount edges { node { id slug } } } }'
	local a b
	a=$(graphql "$1" "$query" | jq -ec 'select(.data.parliaments.totalCount > 0)') || return 1
	b=$(graphql "$2" "$query" | jq -c .) || return 1
	echo "   both answer: $(jq -c '{articles: .data.articles.totalCount, parliaments: .data.parliaments.totalCount}' <<<"$a")"
	[ "$a" = "$b" ]
}

serves_article() {
	graphql "$1" '{ articles(first: 100) { edges { node { slug } } } }' \
		| jq -e --arg s "$2" 'any(.data.articles.edges[]; .node.slug == $s)' >/dev/null
}

declare -A started_at healthy_ms start_cpu_ms stop_ms

log "Clean clone of $source"
git clone -q "$source" "$work/src" || exit 1
git -C "$work/src" log -1 --format='   at %h %s'
[ -z "$(git -C "$source" status --porcelain 2>/dev/null)" ] \
	|| echo "   note: $source has uncommitted changes; only its committed HEAD is built"

log "Build $tag (base images: ${build_image:-Dockerfile default} / ${runtime_image:-Dockerfile default})"
no_cache=()
[ "${NO_CACHE:-1}" = 1 ] && no_cache=(--no-cache)
if ! build "$work/build1.log" "${no_cache[@]}"; then
	fail "image builds from a clean clone"
	printf '%s\n' "${summary[@]}"
	exit 1
fi
first_build_ms=$build_ms
image_bytes=$(docker image inspect -f '{{.Size}}' "$tag")
pass "image builds from a clean clone ($(seconds "$first_build_ms") s; $((image_bytes / 1000000)) MB)"
docker history --format '{{.Size}}\t{{.CreatedBy}}' "$tag" | awk -F'\t' '$1 != "0B" { print "   " substr($0, 1, 110) }'
layers >"$work/layers1"

log "A code change rebuilds only the application layer"
cat >"$work/src/src/main/java/io/parlgraph/ContainerCheckChange.java" <<'JAVA'
package io.parlgraph;

/** A class added by bench/container-check.sh, to change the code between two builds. */
final class ContainerCheckChange {

}
JAVA
if build "$work/build2.log"; then
	layers >"$work/layers2"
	echo "   rebuilt in $(seconds "$build_ms") s; layers that differ from the first build:"
	diff "$work/layers1" "$work/layers2" | sed 's/^/     /'
	check "a code change rebuilds only the application layer ($(wc -l <"$work/layers1") layers, $(seconds "$build_ms") s rebuild)" \
		only_last_differs "$work/layers1" "$work/layers2"
	grep -A1 'dependency:resolve' "$work/build2.log" | sed 's/^/     /'
	check "the dependency download step came from the cache" dependencies_cached "$work/build2.log"
else
	fail "the image builds again after a code change"
fi

log "H2: start from environment variables alone, on port $port"
start h2 -p "$port:8080" -e PARLGRAPH_ADMIN_KEY=container-check-admin-key
if wait_healthy h2; then
	pass "H2: HEALTHCHECK turns healthy ($(seconds "${healthy_ms[h2]}") s after docker run, $(seconds "${start_cpu_ms[h2]}") CPU s; Spring Boot started in $(boot_seconds h2) s)"
	check "H2: answers a query on the published port" answers "$port"
	user=$(docker exec h2 id)
	echo "   docker exec h2 id: $user"
	check "runs as a non-root user ($user)" test "$(docker exec h2 id -u)" != 0
	check "H2: docker stop ends it gracefully" stop_gracefully h2
else
	fail "H2: HEALTHCHECK turns healthy within $start_timeout s"
fi

log "PostgreSQL ($PGHOST:$PGPORT/$db): two instances on the host network, ports $((port + 2)) and $((port + 3))"
dropdb --if-exists "$db" 2>/dev/null && createdb "$db" || { fail "create the database $db"; }
admin_key=container-check-admin-key-$RANDOM$RANDOM
for i in 1 2; do
	start "pg$i" --network host \
		-e SPRING_PROFILES_ACTIVE=postgres \
		-e "PARLGRAPH_DB_URL=jdbc:postgresql://$PGHOST:$PGPORT/$db" \
		-e "PARLGRAPH_DB_USER=$PGUSER" -e "PARLGRAPH_DB_PASSWORD=${PGPASSWORD:-}" \
		-e "PARLGRAPH_ADMIN_KEY=$admin_key" \
		-e "SERVER_PORT=$((port + 1 + i))"
done
if wait_healthy pg1 && wait_healthy pg2; then
	pass "PostgreSQL: both instances turn healthy ($(seconds "${healthy_ms[pg1]}") / $(seconds "${healthy_ms[pg2]}") s after docker run, $(seconds "${start_cpu_ms[pg1]}") / $(seconds "${start_cpu_ms[pg2]}") CPU s; Spring Boot started in $(boot_seconds pg1) / $(boot_seconds pg2) s)"
	p1=$((port + 2)) p2=$((port + 3))
	check "PostgreSQL: both instances serve the same data" same_data "$p1" "$p2"

	# An editor key made on one instance, an article published with it on that instance,
	# received by an SSE subscriber of the other
	editor_key=$(graphql $p1 'mutation { createApiKey(name: "Container check", role: EDITOR) { secret } }' "$admin_key" \
		| jq -r '.data.createApiKey.secret // empty')
	check "PostgreSQL: an admin creates an editor key" test -n "$editor_key"
	curl -sN "localhost:$p2/graphql" -H 'Content-Type: application/json' -H 'Accept: text/event-stream' \
		-d '{"query":"subscription { articlePublished { cursor article { headline } } }"}' >"$work/sse" 2>&1 &
	sleep 5 # the subscription is registered before the article is published
	headline="Container check $(date -u +%FT%TZ)"
	publish=$(jq -n --arg h "$headline" '{
		query: "mutation($in: PublishArticleInput!) { publishArticle(input: $in) { article { slug } userErrors { message } } }",
		variables: {in: {headline: $h, publisher: "Container check", url: "https://container-check.example/article",
			publishedAt: "2026-01-01T10:00:00Z", language: "en", body: "Published through one instance."}}}')
	slug=$(curl -sf "localhost:$p1/graphql" -H 'Content-Type: application/json' -H "Authorization: Bearer $editor_key" \
		-d "$publish" | jq -r '.data.publishArticle.article.slug // empty')
	check "PostgreSQL: an article is published through instance 1 with the editor key" test -n "$slug"
	for _ in $(seq 20); do grep -qF "$headline" "$work/sse" && break; sleep 1; done
	echo "   SSE stream on instance 2:"; sed 's/^/     /' "$work/sse"
	check "PostgreSQL: the article reaches an SSE subscriber of instance 2" grep -qF "$headline" "$work/sse"
	check "PostgreSQL: instance 2 serves the article" serves_article "$p2" "$slug"

	check "PostgreSQL: docker stop ends instance 2 gracefully, with a subscriber connected" stop_gracefully pg2
	sleep 1
	check "PostgreSQL: the subscriber is told the instance is shutting down" grep -q SHUTTING_DOWN "$work/sse"
	check "PostgreSQL: docker stop ends instance 1 gracefully" stop_gracefully pg1
else
	fail "PostgreSQL: both instances turn healthy within $start_timeout s"
fi

echo
echo "Summary ($(date -u +%FT%TZ), engine $(docker version -f '{{.Server.Version}}' 2>/dev/null), $(nproc) CPUs, load $(cut -d' ' -f1-3 /proc/loadavg)):"
printf '  %s\n' "${summary[@]}"
echo "  image $tag: $((image_bytes / 1000000)) MB; first build $(seconds "$first_build_ms") s"
[ $failures -eq 0 ] && echo "All checks passed." || echo "$failures check(s) failed."
[ $failures -eq 0 ]
