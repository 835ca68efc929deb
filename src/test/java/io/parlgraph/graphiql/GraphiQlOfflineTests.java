package io.parlgraph.graphiql;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parlgraph.GraphQlRequests;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests that the GraphiQL page and every asset it needs come from the application itself.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GraphiQlOfflineTests {

	private static final Pattern TAG = Pattern.compile("<(script|link)\\b[^>]*>", Pattern.CASE_INSENSITIVE);

	private static final Pattern SRC_OR_HREF = Pattern
		.compile("\\b(?:src|href)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))", Pattern.CASE_INSENSITIVE);

	/**
	 * String literals in a script that look like an asset: a path or URL ending in .js or
	 * .css.
	 */
	private static final Pattern SCRIPT_ASSET = Pattern.compile("['\"]([^'\"\\s]+\\.(?:js|css))['\"]");

	/**
	 * A URL with a host in a string literal, absolute or protocol-relative (a bare scheme
	 * prefix such as {@code 'ws://'}, completed with the page's own host, does not
	 * count).
	 */
	private static final Pattern SCRIPT_ABSOLUTE_URL = Pattern
		.compile("['\"]((?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//[^'\"/\\s]+[^'\"]*)['\"]");

	private static final Pattern CSS_EXTERNAL_URL = Pattern
		.compile("url\\(\\s*['\"]?\\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?//", Pattern.CASE_INSENSITIVE);

	private static final Pattern CSS_IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);

	private static final Pattern DEFAULT_QUERY = Pattern
		.compile("<script type=\"application/graphql\" id=\"parlgraph-default-query\">(.*?)</script>", Pattern.DOTALL);

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	@LocalServerPort
	private int port;

	@Test
	void graphiqlPageIsServedAsHtml() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(contentType(page)).startsWith("text/html");
		assertThat(page.body()).contains("<title>ParlGraph GraphiQL</title>");
	}

	@Test
	void graphiqlPageWithTrailingSlashIsServedAsHtml() throws Exception {
		HttpResponse<String> page = get("/graphiql/");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(contentType(page)).startsWith("text/html");
		assertThat(page.body()).contains("<title>ParlGraph GraphiQL</title>");
	}

	@Test
	void graphiqlPageIsPrefilledWithAnExampleQuery() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.body()).contains("parliaments(first: 3)")
			.contains("# Welcome to ParlGraph: parliaments, speakers, visits, protocols, quotes")
			.contains("speaker(asOf: \"2023-04-28\")");
	}

	@Test
	void graphiqlPageLoadsEveryAssetFromTheApplication() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		assertThat(page.statusCode()).isEqualTo(200);
		URI base = page.uri();

		Set<String> assets = new LinkedHashSet<>(tagAssets(page.body()));
		assertThat(assets).as("assets referenced by the page")
			.anyMatch((asset) -> asset.endsWith("graphiql.min.js"))
			.anyMatch((asset) -> asset.endsWith("graphiql.min.css"))
			.anyMatch((asset) -> asset.endsWith("react.production.min.js"))
			.anyMatch((asset) -> asset.endsWith("react-dom.production.min.js"))
			.anyMatch((asset) -> asset.endsWith("graphql-ws.min.js"))
			.anyMatch((asset) -> asset.endsWith("graphiql-init.js"));

		Set<String> scriptAssets = new LinkedHashSet<>();
		for (String asset : assets) {
			assertSameOrigin(base, asset);
			HttpResponse<String> response = fetchAsset(base, asset);
			if (asset.endsWith("graphiql-init.js")) {
				scriptAssets.addAll(matches(SCRIPT_ASSET, response.body()));
				assertThat(matches(SCRIPT_ABSOLUTE_URL, response.body())).as("absolute URLs in %s", asset).isEmpty();
			}
		}
		for (String asset : scriptAssets) {
			assertSameOrigin(base, asset);
			fetchAsset(base, asset);
		}
	}

	@Test
	void graphiqlStylesheetLoadsNothingFromOutside() throws Exception {
		HttpResponse<String> page = get("/graphiql");
		String stylesheet = tagAssets(page.body()).stream()
			.filter((asset) -> asset.endsWith("graphiql.min.css"))
			.findFirst()
			.orElseThrow();
		String css = fetchAsset(page.uri(), stylesheet).body();
		assertThat(CSS_EXTERNAL_URL.matcher(css).find()).as("url(http...) in %s", stylesheet).isFalse();
		assertThat(CSS_IMPORT.matcher(css).find()).as("@import in %s", stylesheet).isFalse();
	}

	@Test
	void theDefaultQueryAsksSmallPagesAndSaysWhereAKeyGoes() throws Exception {
		Matcher defaultQuery = DEFAULT_QUERY.matcher(get("/graphiql").body());
		assertThat(defaultQuery.find()).isTrue();
		String document = defaultQuery.group(1).strip();
		assertThat(document).contains("Headers tab", "{\"Authorization\": \"Bearer ");

		// the same operation, with the number of objects it may return asked beside it
		String withNodeCount = document.substring(0, document.lastIndexOf('}')) + " rateLimit { nodeCount } }";
		JsonNode answer = JsonMapper.shared().readTree(post(GraphQlRequests.body(withNodeCount)).body());
		assertThat(answer.has("errors")).as(answer.toString()).isFalse();
		assertThat(answer.at("/data/parliaments/edges").size()).isPositive();
		assertThat(answer.at("/data/rateLimit/nodeCount").asInt()).isLessThan(1_000);
	}

	private HttpResponse<String> fetchAsset(URI base, String asset) throws IOException, InterruptedException {
		URI uri = base.resolve(asset);
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(uri).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("status of %s", uri).isEqualTo(200);
		assertThat(response.body()).as("body of %s", uri).isNotBlank();
		String path = uri.getPath();
		if (path.endsWith(".css")) {
			assertThat(contentType(response)).as("content type of %s", uri).startsWith("text/css");
		}
		else {
			assertThat(path).as("asset %s", uri).endsWith(".js");
			assertThat(contentType(response)).as("content type of %s", uri).matches("(text|application)/javascript.*");
		}
		return response;
	}

	private void assertSameOrigin(URI base, String asset) {
		String lower = asset.trim().toLowerCase(Locale.ROOT);
		assertThat(lower).as("asset %s must not be an absolute URL", asset)
			.doesNotStartWith("//")
			.doesNotStartWith("http:")
			.doesNotStartWith("https:")
			.doesNotMatch("^[a-z][a-z0-9+.-]*:.*");
		URI resolved = base.resolve(asset);
		assertThat(resolved.getScheme()).as("scheme of %s", asset).isEqualTo(base.getScheme());
		assertThat(resolved.getHost()).as("host of %s", asset).isEqualTo(base.getHost());
		assertThat(resolved.getPort()).as("port of %s", asset).isEqualTo(base.getPort());
	}

	private static Set<String> tagAssets(String html) {
		Set<String> assets = new LinkedHashSet<>();
		Matcher tags = TAG.matcher(html);
		while (tags.find()) {
			Matcher attribute = SRC_OR_HREF.matcher(tags.group());
			while (attribute.find()) {
				for (int group = 1; group <= 3; group++) {
					if (attribute.group(group) != null) {
						assets.add(attribute.group(group));
					}
				}
			}
		}
		return assets;
	}

	private static Set<String> matches(Pattern pattern, String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = pattern.matcher(text);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

	private HttpResponse<String> post(String json) throws IOException, InterruptedException {
		URI uri = URI.create("http://localhost:" + this.port + "/graphql");
		return this.http.send(HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		URI uri = URI.create("http://localhost:" + this.port + path);
		return this.http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String contentType(HttpResponse<?> response) {
		return response.headers().firstValue("Content-Type").orElse("");
	}

}
