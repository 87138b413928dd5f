package nl.starters.servicedefaults.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.tracing.TraceContext;
import org.junit.jupiter.api.Test;

class TraceParentTests {

    static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    static final String SPAN = "00f067aa0ba902b7";

    @Test
    void writesASampledSpansContextInTheW3cFormat() {
        assertThat(TraceParent.of(context(TRACE, SPAN, true))).hasValueSatisfying(parent -> {
            assertThat(parent.value()).isEqualTo("00-" + TRACE + "-" + SPAN + "-01");
            assertThat(parent.traceId()).isEqualTo(TRACE);
            assertThat(parent.parentSpanId()).isEqualTo(SPAN);
        });
    }

    @Test
    void marksAnUnsampledSpanSoTheConsumerDoesNotRecordItEither() {
        assertThat(TraceParent.of(context(TRACE, SPAN, false)).orElseThrow().value())
                .endsWith("-00");
        assertThat(TraceParent.of(context(TRACE, SPAN, null)).orElseThrow().value())
                .endsWith("-00");
    }

    @Test
    void hasNoneForANoopOrInvalidSpan() {
        assertThat(TraceParent.of(null)).isEmpty();
        assertThat(TraceParent.of(context("", "", true))).isEmpty();
        assertThat(TraceParent.of(context("0".repeat(32), SPAN, true))).isEmpty();
        assertThat(TraceParent.of(context(TRACE, "0".repeat(16), true))).isEmpty();
        assertThat(TraceParent.of(context(TRACE.substring(16), SPAN, true))).isEmpty();
    }

    @Test
    void refusesAValueThatIsNotAW3cTraceparent() {
        assertThatThrownBy(() -> new TraceParent("01-" + TRACE + "-" + SPAN + "-01"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TraceParent(TRACE)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TraceParent(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static TraceContext context(String traceId, String spanId, Boolean sampled) {
        return new TraceContext() {
            @Override
            public String traceId() {
                return traceId;
            }

            @Override
            public String parentId() {
                return null;
            }

            @Override
            public String spanId() {
                return spanId;
            }

            @Override
            public Boolean sampled() {
                return sampled;
            }
        };
    }
}
