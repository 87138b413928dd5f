package nl.starters.servicedefaults.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberHashTests {

    final UUID member = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    @Test
    void isTheHmacSha256OfTheIdTextAs64HexDigits() {
        // HMAC-SHA256(key "starters-community-activity", "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"), from openssl
        assertThat(new MemberHash(new MemberHash.Properties("starters-community-activity")).of(member))
                .isEqualTo(EXPECTED);
    }

    @Test
    void anotherKeyGivesAnotherHash() {
        assertThat(new MemberHash(new MemberHash.Properties("another key")).of(member))
                .matches("[0-9a-f]{64}")
                .isNotEqualTo(EXPECTED);
    }

    static final String EXPECTED = "ca784a853e586c99ad2e2bb09afb3a883c95bbabbdbb777a6bf3215e2189cd91";
}
