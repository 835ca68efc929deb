"""Prints every article event (publish, correction, retraction) as it happens, over Server-Sent
Events. After a dropped connection or a server restart it subscribes again from the last event
it printed: nothing missed, nothing twice. Give a cursor to start after it; without one it
starts from now. Standard library only:

    python3 client.py [cursor]          (PARLGRAPH_URL defaults to http://localhost:8080/graphql)
"""
import http.client
import json
import os
import sys
import time
import urllib.error
import urllib.request

URL = os.environ.get("PARLGRAPH_URL", "http://localhost:8080/graphql")
QUERY = "subscription($after: String) { articleEvents(after: $after) { cursor kind article { headline } } }"
# Codes that mean "subscribe again from your last cursor"; any other error is a mistake to fix.
RESUMABLE = {"SLOW_SUBSCRIBER", "SHUTTING_DOWN", "EVENT_LOG_UNAVAILABLE"}


def results(after):
    """The results of one subscription, each a GraphQL response, until its stream ends."""
    body = json.dumps({"query": QUERY, "variables": {"after": after}}).encode()
    request = urllib.request.Request(
        URL, body, {"Content-Type": "application/json", "Accept": "text/event-stream"})
    # the server sends a keep-alive comment every 15 s: a minute of silence is a dead connection
    with urllib.request.urlopen(request, timeout=60) as stream:
        event, data = None, []
        for raw in stream:
            line = raw.decode("utf-8").rstrip("\r\n")
            if line.startswith("event:"):
                event = line[len("event:"):].strip()
            elif line.startswith("data:"):
                data.append(line[len("data:"):])
            elif not line:  # a blank line ends an event
                if event == "next":
                    yield json.loads("\n".join(data))
                event, data = None, []


after = sys.argv[1] if len(sys.argv) > 1 else None
while True:
    try:
        for result in results(after):
            errors = result.get("errors")
            if errors:
                if not all(e.get("extensions", {}).get("code") in RESUMABLE for e in errors):
                    sys.exit("Refused: " + json.dumps(errors))
                raise ConnectionError(errors[0]["message"])
            event = result["data"]["articleEvents"]
            print(event["cursor"], event["kind"], event["article"]["headline"], flush=True)
            after = event["cursor"]
        reason = "the stream ended"
    except urllib.error.HTTPError as error:
        if error.code < 500 and error.code != 429:
            sys.exit(f"Refused: {error.code} {error.read().decode('utf-8', 'replace')}")
        reason = str(error)
    except (OSError, http.client.HTTPException) as error:  # a dropped or dead connection
        reason = repr(error)
    print(f"Resuming after {after}: {reason}", file=sys.stderr, flush=True)
    time.sleep(1)
