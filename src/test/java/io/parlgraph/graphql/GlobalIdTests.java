package io.parlgraph.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class GlobalIdTests {

	@Test
	void idIsOpaqueAndDecodesToTypeAndRow() {
		String id = GlobalId.encode("SpeakerTerm", 12);

		assertThat(id).doesNotContain("SpeakerTerm").doesNotContain("=");
		assertThat(GlobalId.decode(id)).isEqualTo(new GlobalId("SpeakerTerm", 12));
		assertThat(GlobalId.decode(id, "SpeakerTerm")).isEqualTo(12);
	}

	@Test
	void idOfATypeThatIsNoNodeIsMalformed() {
		String citation = java.util.Base64.getUrlEncoder().encodeToString("Citation:1".getBytes());

		assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> GlobalId.decode(citation))
			.withMessageContaining("Malformed ID");
	}

}
