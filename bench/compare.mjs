// Measures ParlGraph beside PostGraphile and a hand-written SQL floor, shape by shape, and the
// subscription fan-out; writes bench/results/<date>-<size>.md. Run by bench/compare.sh, which
// starts both servers on one database and passes what they are in BENCH_* variables.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';

const env = process.env;
const size = env.BENCH_SIZE;
const database = env.BENCH_DATABASE;
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(env.BENCH_SECONDS ?? 8);
const WARM_UP_SECONDS = Number(env.BENCH_WARM_UP_SECONDS ?? 5);
const WARM_UP_RUNS = Number(env.BENCH_WARM_UP_RUNS ?? 40);
const WARM_UP_MIN_SECONDS = Number(env.BENCH_WARM_UP_MIN_SECONDS ?? 120);
const CONNECTIONS = 8;
const SEQUENTIAL = Number(env.BENCH_SEQUENTIAL ?? 200);
const SUBSCRIBERS = Number(env.BENCH_SUBSCRIBERS ?? 1000);
const ARTICLES = Number(env.BENCH_ARTICLES ?? 100);
const work = 'target/compare';
let tick; // ms per CPU tick of /proc/<pid>/stat

/**
 * A new connection for each request unless an agent is given: Node's default agent keeps idle
 * sockets for 5 s, as long as PostGraphile's server does, and reusing one as the server closes it
 * fails the request (ECONNRESET), which ended a run between two shapes.
 */
const oneConnectionEach = new http.Agent({ keepAlive: false });
mkdirSync(work, { recursive: true });

const servers = {
	parlgraph: { name: 'ParlGraph', url: env.BENCH_PARLGRAPH_URL, pid: env.BENCH_PARLGRAPH_PID, appName: 'parlgraph' },
	postgraphile: { name: 'PostGraphile', url: env.BENCH_POSTGRAPHILE_URL, pid: env.BENCH_POSTGRAPHILE_PID },
	// a second PostGraphile that logs each SQL statement (DEBUG=postgraphile:postgres), only to count them
	postgraphileCounting: { name: 'PostGraphile (counting)', url: env.BENCH_POSTGRAPHILE_COUNTING_URL,
		log: env.BENCH_POSTGRAPHILE_COUNTING_LOG },
};
const pgConfig = { host: env.BENCH_PG_HOST, user: env.BENCH_PG_USER, database };
const admin = new pg.Client({ ...pgConfig, database: 'postgres' });
await admin.connect();
const data = new pg.Client(pgConfig);
await data.connect();

const b64url = (text) => Buffer.from(text).toString('base64url');
const one = async (sql) => Object.values((await data.query(sql)).rows[0])[0];
const depth = '(select count(*) * 9 / 10 from quote)';
const ids = {
	quote: await one('select id from quote order by id offset (select count(*) / 2 from quote) limit 1'),
	deep: await one(`select id from quote order by id offset ${depth} limit 1`),
	parliament: await one("select max(id) from parliament where slug not like 'syn-%'"),
};
const postgraphileCursor = async (connection, id) => (await graphql(servers.postgraphile,
	{ query: `{ ${connection}(orderBy: PRIMARY_KEY_ASC, condition: {id: "${id}"}) { edges { cursor } } }` }))
	.json.data[connection].edges[0].cursor;

// The shapes: a document for each server (PostGraphile has no search), the floor's SQL, and values
const shapes = [
	{ id: 'q1', label: 'Q1 one quote by ID with its speaker\'s name',
		vars: { parlgraph: { id: b64url(`Quote:${ids.quote}`) }, postgraphile: { id: String(ids.quote) }, floor: { id: ids.quote } } },
	{ id: 'q2', label: 'Q2 100 quotes, each with speaker name and visit city' },
	{ id: 'q3', label: 'Q3 50 speakers × their first 20 quotes' },
	{ id: 'q4', label: 'Q4 10 parliaments → 5 visits made → visitor, 3 protocols → parties → signatory',
		vars: { parlgraph: { after: b64url(`cursor:${ids.parliament}`) },
			postgraphile: { after: await postgraphileCursor('parliaments', ids.parliament) }, floor: { after: ids.parliament } } },
	{ id: 'first-page', label: 'quotes, first page of 20' },
	{ id: 'deep-page', label: 'quotes, page of 20 at 90% depth',
		vars: { parlgraph: { after: b64url(`cursor:${ids.deep}`) },
			postgraphile: { after: await postgraphileCursor('quotes', ids.deep) }, floor: { after: ids.deep } } },
	{ id: 'to-one', label: '100 visits with visitor, host parliament and occasion' },
	{ id: 'search', label: 'search `energy`, 20 hits with snippets (ParlGraph only)' },
];
const only = env.BENCH_SHAPES?.split(',');

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const started = { at: new Date(), load: loadAverage() };
const measured = shapes.filter((s) => !only || only.includes(s.id));
const warmUps = [];
for (const shape of measured) {
	console.error(`# warming up: ${shape.label}`);
	for (const side of await prepare(shape)) {
		warmUps.push({ shape, server: side.server, rps: warmUp(side) });
	}
}
const results = [];
for (const shape of measured) {
	results.push(await measure(shape));
}
const subscriptions = SUBSCRIBERS > 0 ? await subscribe() : null;
writeResults();
await data.end();
await admin.end();
process.exit(0); // without waiting for idle keep-alive sockets to time out

/** The servers that answer the shape, each with its request body, checked to answer without errors. */
async function prepare(shape) {
	const sides = [];
	for (const key of ['parlgraph', 'postgraphile']) {
		let query;
		try {
			query = readFileSync(`bench/queries/${shape.id}.${key}.graphql`, 'utf8');
		}
		catch {
			continue;
		}
		const body = JSON.stringify({ query, variables: shape.vars?.[key] ?? {} });
		const response = await graphql(servers[key], body);
		if (response.status !== 200 || response.json.errors) {
			throw new Error(`${servers[key].name} failed ${shape.id}: ${response.text.slice(0, 1000)}`);
		}
		const file = `${work}/${shape.id}.${key}.json`;
		writeFileSync(file, body);
		sides.push({ key, server: servers[key], body, file, bytes: Buffer.byteLength(response.text),
			objects: countObjects(response.json.data), rows: rowIds(response.json.data), rounds: [] });
	}
	return sides;
}

async function measure(shape) {
	console.error(`# ${shape.label}`);
	const sides = await prepare(shape);
	const floorSql = substitute(readFileSync(`bench/queries/${shape.id}.floor.sql`, 'utf8'), shape.vars?.floor ?? {});
	const floorFile = `${work}/${shape.id}.floor.sql`;
	writeFileSync(floorFile, floorSql);
	const floorAnswer = JSON.stringify((await data.query(floorSql)).rows[0].json_build_object);
	const floor = { bytes: Buffer.byteLength(floorAnswer), objects: countObjects(JSON.parse(floorAnswer).data),
		rows: rowIds(JSON.parse(floorAnswer).data), rounds: [] };
	// null where the answer has no IDs to compare (the search)
	const sameRows = sides[0].rows ? [...sides, floor].every((s) => s.rows === sides[0].rows) : null;

	for (const side of sides) {
		wrk(side, WARM_UP_SECONDS);
	}
	for (let round = 0; round < ROUNDS; round++) {
		for (const side of sides) {
			side.rounds.push(wrk(side, SECONDS));
		}
		floor.rounds.push(pgbench(floorFile));
	}
	// before the request log is switched to INFO to count statements: for some seconds after
	// that switch ParlGraph served far fewer requests (an open loop then measured p50 526 ms,
	// and 0.9 ms once more a few seconds on), as the JIT threw away its compiled request path
	// (174 methods made not entrant in the 3 s after the switch, 11 in the 3 s before)
	if (shape.id === 'q1') {
		for (const side of sides) {
			side.halfPeak = await openLoop(side, median(side.rounds.map((r) => r.rps)) / 2);
		}
	}
	for (const side of sides) {
		Object.assign(side, await sequential(side));
		side.statements = await (side.key === 'parlgraph' ? parlgraphStatements(side) : postgraphileStatements(side));
	}
	Object.assign(floor, await floorCpu(floorSql));
	return { shape, sides, floor, sameRows };
}

/**
 * Requests at a fixed rate (an open loop, as independent clients send them), each timed from when
 * it was due, so that a stalled server cannot hide its delay by slowing the sender down.
 */
async function openLoop(side, rate) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
	const latencies = [];
	const pending = [];
	let behind = 0;
	const start = performance.now();
	for (let i = 0; i < Math.round(rate * SECONDS); i++) {
		const due = start + i * 1000 / rate;
		if (due - performance.now() >= 1) {
			await sleep(due - performance.now());
		}
		behind = Math.max(behind, performance.now() - due);
		pending.push(request(`${side.server.url}/graphql`, side.body, agent).then(() => latencies.push(performance.now() - due)));
	}
	await Promise.all(pending);
	agent.destroy();
	latencies.sort((a, b) => a - b);
	return { rate, p50: percentile(latencies, 50), p99: percentile(latencies, 99), behind };
}

/**
 * A JVM reaches its speed only once the JIT has compiled the hot paths, after thousands of requests:
 * wrk runs for at least WARM_UP_MIN_SECONDS, and then until the last three are within 5% of each
 * other (at most WARM_UP_RUNS in all). Steadiness alone is not enough: the JIT can pause on a
 * plateau, and runs stopped there (three within 5% at a third of the later rate) measured Q1 still
 * rising through its rounds.
 */
function warmUp(side) {
	const rps = [];
	const steady = () => rps.length * WARM_UP_SECONDS >= WARM_UP_MIN_SECONDS && rps.length >= 3
		&& Math.max(...rps.slice(-3)) / Math.min(...rps.slice(-3)) < 1.05;
	do {
		rps.push(wrk(side, WARM_UP_SECONDS).rps);
	} while (rps.length < WARM_UP_RUNS && !steady());
	return rps;
}

/** One wrk run: 1 thread, 8 connections. */
function wrk(side, seconds) {
	const run = spawnSync('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${seconds}s`, '--timeout', '10s', '-s', 'bench/post.lua',
		`${side.server.url}/graphql`], { env: { ...env, BENCH_BODY: side.file }, encoding: 'utf8' });
	const line = run.stdout.split('\n').find((l) => l.startsWith('RESULT '));
	if (!line) {
		throw new Error(`wrk failed: ${run.stdout} ${run.stderr}`);
	}
	const r = Object.fromEntries(line.slice(7).split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
	if (r.bad_status > 0) {
		throw new Error(`${side.server.name}: ${r.bad_status} responses with a status other than 2xx or 3xx`);
	}
	return { rps: r.requests / (r.duration_us / 1e6), p50: r.p50_us / 1000, p99: r.p99_us / 1000,
		socketErrors: r.socket_errors };
}

/** One pgbench run of the floor: the same concurrency, prepared statements, latencies from its log. */
function pgbench(file) {
	const logs = `${work}/pgbench`;
	mkdirSync(logs, { recursive: true });
	for (const old of readdirSync(logs)) {
		spawnSync('rm', ['-f', `${logs}/${old}`]);
	}
	const run = spawnSync('pgbench', ['-h', pgConfig.host, '-U', pgConfig.user, '-n', '-M', 'prepared',
		`-c${CONNECTIONS}`, '-j1', `-T${SECONDS}`, '-l', `--log-prefix=${logs}/log`, '-f', file, database],
	{ encoding: 'utf8' });
	const tps = /tps = ([\d.]+)/.exec(run.stdout);
	if (run.status !== 0 || !tps) {
		throw new Error(`pgbench failed: ${run.stdout} ${run.stderr}`);
	}
	const latencies = readdirSync(logs).flatMap((f) => readFileSync(`${logs}/${f}`, 'utf8').trim().split('\n'))
		.map((l) => Number(l.split(' ')[2]) / 1000).sort((a, b) => a - b);
	return { rps: Number(tps[1]), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

/**
 * Requests one at a time, to count what each costs: CPU of the server and of its PostgreSQL
 * backends (from /proc), and bytes allocated by the JVM.
 */
async function sequential(side) {
	const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
	for (let i = 0; i < 20; i++) {
		await graphql(side.server, side.body, agent);
	}
	const jvm = side.key === 'parlgraph';
	const allocatedBefore = jvm ? await jvmAllocated() : null;
	const before = await snapshot(side);
	for (let i = 0; i < SEQUENTIAL; i++) {
		await graphql(side.server, side.body, agent);
	}
	const after = await snapshot(side);
	const allocatedAfter = jvm ? await jvmAllocated() : null;
	agent.destroy();
	const per = (a, b) => (a - b) / SEQUENTIAL;
	return {
		serverCpuMs: per(after.serverTicks, before.serverTicks) * tickMs(),
		postgresCpuMs: per(sumTicks(after.backends, before.backends), 0) * tickMs(),
		allocatedBytes: jvm ? per(allocatedAfter, allocatedBefore) : null,
	};
}

/** CPU ticks of the server and of the PostgreSQL backends serving it. */
async function snapshot(side) {
	const filter = side.server.appName ? 'application_name = $2' : "application_name <> 'parlgraph'";
	const params = side.server.appName ? [database, side.server.appName] : [database];
	const backends = (await admin.query(`select pid from pg_stat_activity where datname = $1 and ${filter}`, params)).rows
		.map((r) => r.pid);
	return {
		serverTicks: ticks(side.server.pid),
		backends: Object.fromEntries(backends.map((pid) => [pid, ticks(pid)])),
	};
}

/** CPU ticks (user + system) of a process, 0 if it is gone. */
function ticks(pid) {
	try {
		const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
		return Number(fields[11]) + Number(fields[12]);
	}
	catch {
		return 0;
	}
}

function sumTicks(after, before) {
	return Object.entries(after).reduce((sum, [pid, t]) => sum + t - (before[pid] ?? 0), 0);
}

function tickMs() {
	tick ??= 1000 / Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim());
	return tick;
}

/**
 * Bytes the JVM allocated so far: Micrometer adds up the young generation at each collection, so
 * what the eden holds now is added to it.
 */
async function jvmAllocated() {
	const metrics = await prometheus();
	return metrics('jvm_gc_memory_allocated_bytes_total') + metrics('jvm_memory_used_bytes', 'id="G1 Eden Space"');
}

async function prometheus() {
	const text = await get(`${servers.parlgraph.url}/actuator/prometheus`);
	return (name, label = '') => text.split('\n')
		.filter((l) => l.startsWith(name + '{') || l.startsWith(name + ' '))
		.filter((l) => l.includes(label))
		.reduce((sum, l) => sum + Number(l.split(' ').at(-1)), 0);
}

/** ParlGraph's own count of SQL statements, from its request log switched to INFO for 3 requests. */
async function parlgraphStatements(side) {
	const log = () => readFileSync(`target/compare-${size}.log`, 'utf8');
	await setRequestLog('INFO');
	const from = log().length;
	for (let i = 0; i < 3; i++) {
		await graphql(side.server, side.body);
	}
	await setRequestLog('WARN');
	const counts = [...log().slice(from).matchAll(/SQL statements: (\d+)/g)].map((m) => Number(m[1]));
	return counts.length ? counts.at(-1) : null;
}

/** PostGraphile's SQL statements, as the counting instance logs them. */
async function postgraphileStatements(side) {
	const log = () => readFileSync(servers.postgraphileCounting.log, 'utf8');
	const from = log().length;
	for (let i = 0; i < 3; i++) {
		await graphql(servers.postgraphileCounting, side.body);
	}
	await sleep(500);
	return (log().slice(from).match(/ postgraphile:postgres /g) ?? []).length / 3;
}

async function setRequestLog(level) {
	const response = await request(`${servers.parlgraph.url}/actuator/loggers/io.parlgraph.requests`,
		JSON.stringify({ configuredLevel: level }));
	if (response.status >= 300) {
		throw new Error(`Setting the request log to ${level}: ${response.status} ${response.text}`);
	}
}

/** PostgreSQL's CPU for the floor, one statement at a time on one connection. */
async function floorCpu(sql) {
	const client = new pg.Client(pgConfig);
	await client.connect();
	const pid = (await client.query('select pg_backend_pid() as pid')).rows[0].pid;
	const statement = { name: 'floor', text: sql };
	for (let i = 0; i < 20; i++) {
		await client.query(statement);
	}
	const before = ticks(pid);
	for (let i = 0; i < SEQUENTIAL; i++) {
		await client.query(statement);
	}
	const postgresCpuMs = (ticks(pid) - before) * tickMs() / SEQUENTIAL;
	await client.end();
	return { postgresCpuMs };
}

/** 1,000 graphql-ws subscribers on ParlGraph, then articles published one by one. */
async function subscribe() {
	console.error(`# subscriptions: ${SUBSCRIBERS} subscribers, ${ARTICLES} articles`);
	const idle = await jvmState();
	const url = servers.parlgraph.url.replace(/^http/, 'ws') + '/graphql';
	const latencies = [];
	let subscribed = 0;
	const errors = [];
	const clients = [];
	const run = Date.now();
	await new Promise((resolve, reject) => {
		for (let i = 0; i < SUBSCRIBERS; i++) {
			const client = createClient({ url, webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
				on: { connected: () => ++subscribed === SUBSCRIBERS && resolve() } });
			clients.push(client);
			client.subscribe({ query: 'subscription { articlePublished { cursor occurredAt article { headline } } }' }, {
				next: ({ data, errors: e }) => {
					if (e) {
						errors.push(e);
					}
					else if (data.articlePublished.article.headline.startsWith(`Bench ${run} `)) {
						latencies.push(Date.now() - Date.parse(data.articlePublished.occurredAt));
					}
				},
				error: (e) => errors.push(e),
				complete: () => {},
			});
		}
		setTimeout(() => reject(new Error(`only ${subscribed} of ${SUBSCRIBERS} subscribers connected`)), 60_000);
	});
	await sleep(3000); // every subscription is listening
	const listening = await jvmState();
	const expected = SUBSCRIBERS * ARTICLES;
	const cpu = { client: process.cpuUsage(), server: ticks(servers.parlgraph.pid), wall: performance.now() };
	for (let a = 0; a < ARTICLES; a++) {
		const response = await graphql(servers.parlgraph, JSON.stringify({
			query: 'mutation($in: PublishArticleInput!) { publishArticle(input: $in) { article { id } userErrors { message } } }',
			variables: { in: { url: `https://bench.example/${run}/${a}`, headline: `Bench ${run} ${a}`, publisher: 'Bench',
				publishedAt: new Date().toISOString(), language: 'en', body: `Article ${a} of a subscription benchmark.` } },
		}), undefined, { Authorization: `Bearer ${env.BENCH_ADMIN_KEY}` });
		if (response.json.errors || response.json.data.publishArticle.userErrors.length) {
			throw new Error(`publishArticle failed: ${response.text}`);
		}
		await sleep(100);
	}
	const deadline = Date.now() + 60_000;
	while (latencies.length < expected && Date.now() < deadline) {
		await sleep(200);
	}
	const busy = await jvmState();
	const wallMs = performance.now() - cpu.wall;
	const clientCpu = process.cpuUsage(cpu.client);
	const cpuShare = { wallMs, clientMs: (clientCpu.user + clientCpu.system) / 1000,
		serverMs: (ticks(servers.parlgraph.pid) - cpu.server) * tickMs() };
	for (const client of clients) {
		await client.dispose();
	}
	latencies.sort((a, b) => a - b);
	return { idle, listening, busy, cpuShare, delivered: latencies.length, expected, errors: errors.length,
		p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1) };
}

async function jvmState() {
	const metrics = await prometheus();
	const status = readFileSync(`/proc/${servers.parlgraph.pid}/status`, 'utf8');
	return { heapMb: metrics('jvm_memory_used_bytes', 'area="heap"') / 2 ** 20,
		threads: metrics('jvm_threads_live_threads'), rssMb: Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024 };
}

function median(values) {
	return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

function writeResults() {
	const date = started.at.toISOString().slice(0, 10);
	const file = `bench/results/${date}-${size}.md`;
	const fmt = (v, digits = 0) => v == null || Number.isNaN(v) ? 'n/a'
		: v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
	const ratio = (a, b) => (a && b) ? (a / b).toFixed(2) : '—';
	const side = (r, key) => r.sides.find((s) => s.key === key);
	const med = (s, field) => s ? median(s.rounds.map((x) => x[field])) : null;
	const lines = [];
	lines.push(`# ParlGraph beside PostGraphile, size ${size}, ${started.at.toISOString().slice(0, 16)}Z`, '');
	lines.push(`Command: \`bench/compare.sh ${size}\`. ${machine()}`, '');
	lines.push(`Load average (1, 5, 15 min): ${started.load} at the start, ${loadAverage()} at the end. The machine is`
		+ ' shared with other builds: figures are noisy, compare ratios within this run rather than across runs.', '');
	lines.push(`wrk: 1 thread, ${CONNECTIONS} connections, ${SECONDS} s per round, ${ROUNDS} rounds interleaved`
		+ ` (ParlGraph, PostGraphile, floor) after a warm-up of every shape on each server until its throughput is steady`
		+ ` (below), and ${WARM_UP_SECONDS} s more of the shape; medians of the rounds.`
		+ ` The floor is one SQL statement per shape that returns the response JSON, run by pgbench (prepared,`
		+ ` ${CONNECTIONS} clients, 1 thread).`, '');
	lines.push('## Throughput and latency', '');
	lines.push('| Shape | ParlGraph req/s | p50 ms | p99 ms | PostGraphile req/s | p50 ms | p99 ms | floor tx/s | p50 ms | p99 ms'
		+ ' | ParlGraph ÷ PostGraphile | ParlGraph ÷ floor | PostGraphile ÷ floor |');
	lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
	for (const r of results) {
		const a = side(r, 'parlgraph');
		const b = side(r, 'postgraphile');
		const f = r.floor;
		lines.push(`| ${r.shape.label} | ${fmt(med(a, 'rps'))} | ${fmt(med(a, 'p50'), 1)} | ${fmt(med(a, 'p99'), 1)}`
			+ ` | ${b ? fmt(med(b, 'rps')) : '—'} | ${b ? fmt(med(b, 'p50'), 1) : '—'} | ${b ? fmt(med(b, 'p99'), 1) : '—'}`
			+ ` | ${fmt(med(f, 'rps'))} | ${fmt(med(f, 'p50'), 1)} | ${fmt(med(f, 'p99'), 1)}`
			+ ` | **${ratio(med(a, 'rps'), med(b, 'rps'))}** | **${ratio(med(a, 'rps'), med(f, 'rps'))}**`
			+ ` | ${ratio(med(b, 'rps'), med(f, 'rps'))} |`);
	}
	lines.push('', '## Cost of one request', '');
	lines.push(`${SEQUENTIAL} requests one at a time after 20 unmeasured. CPU from \`/proc/<pid>/stat\` (user + system,`
		+ ` ${tickMs()} ms ticks) of the server process and of the PostgreSQL backends it holds; the floor's PostgreSQL`
		+ ' CPU is that of one backend running the prepared statement. SQL statements per request from ParlGraph\'s'
		+ ' request log (switched to INFO for 3 requests), and from a second PostGraphile on the same database that logs'
		+ ' each statement (`DEBUG=postgraphile:postgres`). JVM allocation from Micrometer (`jvm_gc_memory_allocated_bytes`'
		+ ' plus the eden in use). Response size and JSON objects in `data`, to show the answers match.', '');
	lines.push('| Shape | ParlGraph CPU ms | its PostgreSQL ms | PostGraphile CPU ms | its PostgreSQL ms | floor PostgreSQL ms'
		+ ' | SQL statements ParlGraph / PostGraphile | ParlGraph KB allocated'
		+ ' | response bytes ParlGraph / PostGraphile / floor | objects ParlGraph / PostGraphile / floor | same row IDs |');
	lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|');
	for (const r of results) {
		const a = side(r, 'parlgraph');
		const b = side(r, 'postgraphile');
		const dash = (s, v) => s ? v : '—';
		lines.push(`| ${r.shape.label} | ${fmt(a.serverCpuMs, 2)} | ${fmt(a.postgresCpuMs, 2)}`
			+ ` | ${dash(b, fmt(b?.serverCpuMs, 2))} | ${dash(b, fmt(b?.postgresCpuMs, 2))} | ${fmt(r.floor.postgresCpuMs, 2)}`
			+ ` | ${fmt(a.statements)} / ${dash(b, fmt(b?.statements, 1))}`
			+ ` | ${fmt(a.allocatedBytes / 1024)} | ${fmt(a.bytes)} / ${dash(b, fmt(b?.bytes))} / ${fmt(r.floor.bytes)}`
			+ ` | ${a.objects} / ${dash(b, b?.objects)} / ${r.floor.objects} | ${r.sameRows == null ? '—' : r.sameRows ? 'yes' : '**no**'} |`);
	}
	lines.push('', 'PostGraphile\'s allocation is not measured (n/a): Node has no per-request allocation counter.', '');
	const q1 = results.find((r) => r.shape.id === 'q1');
	if (q1) {
		lines.push(`Q1 at half its peak, requests sent at a fixed rate for ${SECONDS} s (open loop, timed from when each was due):`
			+ q1.sides.map((s) => ` ${s.server.name} at ${fmt(s.halfPeak.rate)} req/s: p50 ${fmt(s.halfPeak.p50, 1)} ms,`
				+ ` p99 ${fmt(s.halfPeak.p99, 1)} ms` + (s.halfPeak.behind > 100 ? ` (**not valid**: the sender, one Node`
					+ ` process, fell ${fmt(s.halfPeak.behind)} ms behind its schedule)` : '')).join(';') + '.', '');
	}
	const first = results.find((r) => r.shape.id === 'first-page');
	const deep = results.find((r) => r.shape.id === 'deep-page');
	if (first && deep) {
		lines.push('The page at 90% depth against the first page (req/s of the first ÷ req/s of the deep one; above 1 the'
			+ ' deep page costs more):' + first.sides.map((s) => ` ${s.server.name} ${ratio(med(s, 'rps'),
				med(side(deep, s.key), 'rps'))}`).join(';') + `; floor ${ratio(med(first.floor, 'rps'), med(deep.floor, 'rps'))}.`, '');
	}
	lines.push('### Warm-up', '');
	lines.push(`Each shape on each server, wrk runs of ${WARM_UP_SECONDS} s for at least ${WARM_UP_MIN_SECONDS} s and until the`
		+ ` last three are within 5% of each other (at most ${WARM_UP_RUNS}), req/s:`, '');
	lines.push('| Shape | server | req/s per warm-up run |', '|---|---|---|');
	for (const w of warmUps) {
		lines.push(`| ${w.shape.id} | ${w.server.name} | ${w.rps.map((x) => fmt(x)).join(', ')} |`);
	}
	lines.push('', '### Every round', '');
	lines.push('| Shape | server | req/s per round | p50 ms per round | p99 ms per round | wrk socket errors |',
		'|---|---|---|---|---|---|');
	for (const r of results) {
		for (const [name, s] of [...r.sides.map((x) => [x.server.name, x]), ['floor', r.floor]]) {
			lines.push(`| ${r.shape.id} | ${name} | ${s.rounds.map((x) => fmt(x.rps)).join(', ')}`
				+ ` | ${s.rounds.map((x) => fmt(x.p50, 1)).join(', ')} | ${s.rounds.map((x) => fmt(x.p99, 1)).join(', ')}`
				+ ` | ${s.rounds.map((x) => x.socketErrors ?? '—').join(', ')} |`);
		}
	}
	if (subscriptions) {
		const s = subscriptions;
		lines.push('', '## Subscriptions', '');
		lines.push(`${SUBSCRIBERS} graphql-ws clients (one WebSocket each, one Node process on the same machine) subscribe to`
			+ ` \`articlePublished\`; ${ARTICLES} articles are then published with \`publishArticle\`, one every 100 ms.`
			+ ' Latency is from the event\'s `occurredAt` (stamped in the publishing transaction) to its arrival at'
			+ ' the client.', '');
		lines.push('| delivered | errors | p50 ms | p99 ms | max ms |', '|---:|---:|---:|---:|---:|');
		lines.push(`| ${fmt(s.delivered)} of ${fmt(s.expected)} | ${s.errors} | ${fmt(s.p50)} | ${fmt(s.p99)} | ${fmt(s.max)} |`);
		lines.push('', `From the first publish to the last delivery (or 60 s after the last publish): ${fmt(s.cpuShare.wallMs)} ms,`
			+ ` in which ParlGraph used ${fmt(s.cpuShare.serverMs)} ms of CPU and the subscribers' Node process`
			+ ` ${fmt(s.cpuShare.clientMs)} ms (one core at most).`);
		lines.push('', '| ParlGraph | heap used MB | live threads | RSS MB |', '|---|---:|---:|---:|');
		for (const [when, state] of [['before subscribers', s.idle], [`${SUBSCRIBERS} listening`, s.listening],
			['after the last delivery', s.busy]]) {
			lines.push(`| ${when} | ${fmt(state.heapMb)} | ${fmt(state.threads)} | ${fmt(state.rssMb)} |`);
		}
	}
	lines.push('', '## Documents', '');
	lines.push('The documents are in `bench/queries/` (`<shape>.parlgraph.graphql`, `<shape>.postgraphile.graphql`,'
		+ ` \`<shape>.floor.sql\`). Values used: quote ${ids.quote} for Q1; the page at 90% depth starts after quote`
		+ ` ${ids.deep}; Q4 starts after parliament ${ids.parliament} (the last of the seed).`);
	writeFileSync(file, lines.join('\n') + '\n');
	console.error(`# written ${file}`);
	console.log(readFileSync(file, 'utf8'));
}

function machine() {
	const cpu = os.cpus();
	const java = spawnSync('java', ['-version'], { encoding: 'utf8' }).stderr.split('\n')[0];
	const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
	const postgres = spawnSync('psql', ['-h', pgConfig.host, '-U', pgConfig.user, '-Atc', 'show server_version', 'postgres'],
		{ encoding: 'utf8' }).stdout.trim();
	const postgraphile = JSON.parse(readFileSync('bench/node_modules/postgraphile/package.json', 'utf8')).version;
	return `Machine: ${cpu.length} × ${cpu[0].model}, ${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}.`
		+ ` ParlGraph ${commit} (${env.BENCH_JAR}, profile \`postgres\`, rate limit off, request log at WARN) on ${java};`
		+ ` PostGraphile ${postgraphile} with @graphile-contrib/pg-simplify-inflector on Node ${process.version};`
		+ ` PostgreSQL ${postgres} on the same machine; synthetic data of size ${size}.`;
}

function substitute(sql, vars) {
	return sql.replace(/:(\w+)/g, (m, name) => (name in vars) ? String(vars[name]) : m);
}

/**
 * The row IDs in an answer, in order: ParlGraph's global IDs are base64 of `Type:id`, PostGraphile's
 * of `["table",id]`, the floor's are numbers.
 */
function rowIds(value, key) {
	if (Array.isArray(value)) {
		return value.map((v) => rowIds(v)).filter(Boolean).join(' ');
	}
	if (value && typeof value === 'object') {
		return Object.entries(value).map(([k, v]) => rowIds(v, k)).filter(Boolean).join(' ');
	}
	if (key === 'id' && typeof value === 'number') {
		return String(value);
	}
	if ((key === 'id' || key === 'nodeId') && typeof value === 'string') {
		return /(\d+)\]?$/.exec(Buffer.from(value, 'base64').toString('utf8'))?.[1] ?? value;
	}
	return '';
}

function countObjects(value) {
	if (Array.isArray(value)) {
		return value.reduce((n, v) => n + countObjects(v), 0);
	}
	if (value && typeof value === 'object') {
		return 1 + Object.values(value).reduce((n, v) => n + countObjects(v), 0);
	}
	return 0;
}

function percentile(sorted, p) {
	return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p / 100))] : NaN;
}

function graphql(server, body, agent, headers = {}) {
	return request(`${server.url}/graphql`, typeof body === 'string' ? body : JSON.stringify(body), agent, headers)
		.then((r) => ({ ...r, json: JSON.parse(r.text) }));
}

async function get(url) {
	return (await request(url)).text;
}

function request(url, body, agent = oneConnectionEach, headers = {}) {
	return new Promise((resolve, reject) => {
		const req = http.request(url, { method: body != null ? 'POST' : 'GET', agent,
			headers: { 'Content-Type': 'application/json', ...headers } }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
		});
		req.on('error', reject);
		req.end(body);
	});
}

function sleep(ms) {
	return new Promise((resolve) => setTimeout(resolve, ms));
}
