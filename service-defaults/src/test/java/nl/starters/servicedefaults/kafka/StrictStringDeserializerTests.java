package nl.starters.servicedefaults.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class StrictStringDeserializerTests {

    final StrictStringDeserializer deserializer = new StrictStringDeserializer();

    @Test
    void readsUtf8Text() {
        assertThat(deserializer.deserialize("t", "{\"naam\":\"Zoë\"}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("{\"naam\":\"Zoë\"}");
    }

    @Test
    void refusesBytesThatAreNotUtf8InsteadOfReplacingThem() {
        assertThatThrownBy(() -> deserializer.deserialize("t", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void keepsATombstoneNull() {
        assertThat(deserializer.deserialize("t", null)).isNull();
    }
}
