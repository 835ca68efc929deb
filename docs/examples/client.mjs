// Prints every article event (publish, correction, retraction) as it happens, over graphql-ws.
// After a dropped connection or a server restart it subscribes again from the last event it
// printed: nothing missed, nothing twice. Give a cursor to start after it; without one it
// starts from now.
//
//   npm install graphql-ws ws
//   node client.mjs [cursor]            (PARLGRAPH_WS_URL defaults to ws://localhost:8080/graphql)
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.PARLGRAPH_WS_URL ?? 'ws://localhost:8080/graphql';
const query = `subscription($after: String) {
  articleEvents(after: $after) { cursor kind article { headline } }
}`;
// Codes that mean "subscribe again from your last cursor"; any other error is a mistake to fix.
const RESUMABLE = ['SLOW_SUBSCRIBER', 'SHUTTING_DOWN', 'EVENT_LOG_UNAVAILABLE'];

// No retries inside graphql-ws: they would send the first `after` again (and print events
// twice). The loop below subscribes again itself, with the cursor it saw last.
const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0 });
let after = process.argv[2] ?? null;

for (;;) {
  try {
    for await (const { data } of client.iterate({ query, variables: { after } })) {
      const event = data.articleEvents;
      console.log(event.cursor, event.kind, event.article.headline);
      after = event.cursor;
    }
  } catch (error) {
    // GraphQL errors come as an array; a dropped connection as a close event or an Error
    if (Array.isArray(error) && !error.every((e) => RESUMABLE.includes(e.extensions?.code))) {
      console.error('Refused:', JSON.stringify(error));
      process.exit(1);
    }
    console.error(`Resuming after ${after}:`, Array.isArray(error) ? error[0].message : error.code ?? error.message);
  }
  await new Promise((resolve) => setTimeout(resolve, 1000));
}
