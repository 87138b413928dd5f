package nl.starters.servicedefaults.problems;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.server.ServerWebInputException;

class ProblemsTests {

    @Test
    void aBodyTheReaderRefusesIsA400SayingWhatWasWrong() {
        var reader = new IllegalArgumentException("Cannot deserialize value of type `Type` from String \"GIFT\":"
                + " not one of the values accepted for Enum class: [OFFER, REQUEST]\n at [Source: (byte[])\"{}\"]");
        var error = new ServerWebInputException(
                "Failed to read HTTP message", null, new DecodingException("JSON decoding error", reader));

        var problem = Problems.from(error);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail())
                .startsWith("The request body could not be read: Cannot deserialize value of type `Type`")
                .contains("[OFFER, REQUEST]")
                .doesNotContain("Source");
    }

    @Test
    void aBodyOverTheLimitIsA413() {
        var error = new ServerWebInputException(
                "Failed to read HTTP message", null, new DataBufferLimitException("Exceeded limit on max bytes"));

        assertThat(Problems.from(error).getStatus()).isEqualTo(413);
    }

    @Test
    void anythingUnexpectedIsA500ThatGivesNothingAway() {
        var problem = Problems.from(new IllegalStateException("password=hunter2"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).doesNotContain("hunter2");
    }
}
