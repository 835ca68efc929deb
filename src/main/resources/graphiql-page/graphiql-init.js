/*
 * Renders ParlGraph's GraphiQL page. Kept out of index.html so that a Content-Security-Policy
 * without 'unsafe-inline' can be added; references no asset of its own.
 */
(function () {
	'use strict';

	var httpUrl = '/graphql';
	var wsUrl = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + httpUrl;

	// Full height, set through the CSSOM (allowed under a CSP without 'unsafe-inline')
	var container = document.getElementById('graphiql');
	[document.documentElement, document.body, container].forEach(function (element) {
		element.style.height = '100%';
		element.style.margin = '0';
		element.style.overflow = 'hidden';
	});

	var defaultQuery = document.getElementById('parlgraph-default-query').textContent.trim();

	var fetcher = GraphiQL.createFetcher({
		url: httpUrl,
		subscriptionUrl: wsUrl,
		// lazy (the default): the WebSocket only opens for the first subscription
		wsClient: graphqlWs.createClient({ url: wsUrl, lazy: true })
	});

	ReactDOM.createRoot(container).render(
		React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: defaultQuery })
	);
})();
