package nl.starters.servicedefaults.activity;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A member on {@code activity.v1}: HMAC-SHA256 of their id under a federation-wide key, so the national
 * forum can count distinct active members without learning who they are (a plain hash of a known id
 * could be looked up). Shared here because every service that records activity must hash alike.
 */
public class MemberHash {

    private final SecretKeySpec key;

    public MemberHash(Properties properties) {
        this.key = new SecretKeySpec(properties.memberHashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** 64 lower-case hex digits; the same member gives the same hash in every service with the same key. */
    public String of(UUID memberId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(memberId.toString().getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** @param memberHashKey the federation-wide key; set a secret one in production */
    @ConfigurationProperties("community.activity")
    public record Properties(
            @DefaultValue("starters-community-activity") String memberHashKey) {}
}
