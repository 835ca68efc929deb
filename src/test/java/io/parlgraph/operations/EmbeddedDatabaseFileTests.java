package io.parlgraph.operations;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import io.parlgraph.Api;
import io.parlgraph.ParlGraphApplication;
import io.parlgraph.write.Editing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The application as a user starts it, with no database configured: its embedded database
 * is a file in {@code PARLGRAPH_DATA_DIR}, so what it is given survives a restart, and a
 * second process cannot open the same file behind the first one's back.
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDatabaseFileTests {

	/** The cursor that stands before the first event of any log ({@code event:0}). */
	private static final String BEFORE_THE_FIRST_EVENT = Base64.getUrlEncoder()
		.withoutPadding()
		.encodeToString("event:0".getBytes(StandardCharsets.US_ASCII));

	@TempDir
	private Path dataDir;

	@Test
	void articlesKeysAndEventsSurviveARestart() {
		String article;
		String editorKey;
		try (ConfigurableApplicationContext first = start()) {
			Api api = api(first);
			editorKey = api.newKey("EDITOR");
			article = api.publish(api.withKey(editorKey), "https://wire.example/before-restart", Map.of());
		}
		assertThat(this.dataDir.resolve("parlgraph.mv.db")).isRegularFile();

		try (ConfigurableApplicationContext second = start()) {
			Api api = api(second);
			HttpGraphQlTester editor = api.withKey(editorKey);
			editor.document("query($id: ID!) { node(id: $id) { ... on Article { url } } }")
				.variable("id", article)
				.execute()
				.path("node.url")
				.entity(String.class)
				.isEqualTo("https://wire.example/before-restart");
			api.publish(editor, "https://wire.example/after-restart", Map.of());
			// a subscriber resuming from the start of the log gets the event published
			// before the restart
			Object replayed = api.webSocket()
				.document("subscription($after: String) { articleEvents(after: $after) { article { id } } }")
				.variable("after", BEFORE_THE_FIRST_EVENT)
				.executeSubscription()
				.toFlux("articleEvents.article.id", String.class)
				.blockFirst(Duration.ofSeconds(30));
			assertThat(replayed).isEqualTo(article);
		}
	}

	@Test
	void aSecondProcessOnTheSameFileFailsToStartWithAClearMessage(CapturedOutput output) throws IOException {
		start().close();
		try (FileChannel file = FileChannel.open(this.dataDir.resolve("parlgraph.mv.db"), StandardOpenOption.READ,
				StandardOpenOption.WRITE); FileLock held = file.lock()) {
			// the lock another process running ParlGraph on this folder holds
			assertThatException().isThrownBy(this::start);
		}
		assertThat(output).contains("APPLICATION FAILED TO START", "in use by another process", this.dataDir.toString(),
				"PARLGRAPH_DATA_DIR");
	}

	/**
	 * Starts the application with nothing but its packaged configuration and the data
	 * folder.
	 */
	private ConfigurableApplicationContext start() {
		assertThat(Files.isDirectory(this.dataDir)).isTrue();
		return new SpringApplicationBuilder(ParlGraphApplication.class).run(
				// the packaged configuration only, not the tests' (in-memory H2), nor any
				// profile the build sets
				"--spring.config.location=classpath:/application.properties", "--spring.profiles.active=",
				"--server.port=0", "--PARLGRAPH_DATA_DIR=" + this.dataDir,
				"--parlgraph.admin-key=" + Editing.ADMIN_KEY);
	}

	private static Api api(ConfigurableApplicationContext context) {
		return new Api(((WebServerApplicationContext) context).getWebServer().getPort());
	}

}
