package vn.neuguong.portal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import org.altcha.altcha.Altcha;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.shared.InvalidInputException;

/**
 * The proof-of-work captcha of the public forms (ALTCHA): challenges signed with the key
 * {@code neuguong.portal.captcha-secret} (HMAC-SHA256, the same on every node), solved by the reader's browser, then
 * checked here. A solution is taken once: its signature is kept in {@code portal_captcha_used} until the challenge
 * expires, so a replay is refused; the row is written in the caller's transaction, so a form refused for another
 * reason leaves the solution unused.
 */
@Component
public class Captcha {

    /** The form field the widget fills with its solution. */
    public static final String FIELD = "altcha";

    static final long MAX_NUMBER = 50_000;
    static final long LIFETIME_SECONDS = 600;
    private static final Logger log = LoggerFactory.getLogger(Captcha.class);

    private final String key;
    private final JdbcClient jdbc;
    private final JsonMapper json;

    Captcha(@Value("${neuguong.portal.captcha-secret:}") String secret, JdbcClient jdbc, JsonMapper json) {
        if (secret == null || secret.isBlank()) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            this.key = Base64.getEncoder().encodeToString(bytes);
            log.warn("neuguong.portal.captcha-secret is not set: a captcha served by this node is accepted by this"
                    + " node only, and not after a restart");
        } else {
            this.key = secret;
        }
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A new challenge, valid for ten minutes. */
    CaptchaChallenge challenge() {
        try {
            var challenge = Altcha.createChallenge(new Altcha.ChallengeOptions()
                    .setAlgorithm(Altcha.Algorithm.SHA256)
                    .setMaxNumber(MAX_NUMBER)
                    .setHmacKey(key)
                    .setExpiresInSeconds(LIFETIME_SECONDS));
            return new CaptchaChallenge(
                    challenge.algorithm, challenge.challenge, challenge.maxnumber, challenge.salt, challenge.signature);
        } catch (Exception e) {
            throw new IllegalStateException("No captcha challenge could be made", e);
        }
    }

    /**
     * Takes the solution {@code payload} (the widget's base64 JSON) or throws naming {@link #FIELD}: missing, wrong,
     * expired or already used.
     */
    @Transactional
    public void take(String payload) {
        if (payload == null || payload.isBlank()) {
            throw new InvalidInputException(FIELD, "portal.captcha.required");
        }
        String signature;
        Instant expires;
        try {
            if (payload.length() > 2000 || !Altcha.verifySolution(payload, key, true)) {
                throw new InvalidInputException(FIELD, "portal.captcha.invalid");
            }
            var solution = json.readTree(new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8));
            signature = solution.get("signature").asString();
            String seconds =
                    Altcha.extractParams(solution.get("salt").asString()).get("expires");
            expires = seconds == null
                    ? Instant.now().plusSeconds(LIFETIME_SECONDS)
                    : Instant.ofEpochSecond(Long.parseLong(seconds));
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            throw new InvalidInputException(FIELD, "portal.captcha.invalid");
        }
        jdbc.sql("DELETE FROM portal_captcha_used WHERE expires_at < now()").update();
        int taken = jdbc.sql("INSERT INTO portal_captcha_used (signature, expires_at) VALUES (:signature, :expires)"
                        + " ON CONFLICT (signature) DO NOTHING")
                .param("signature", signature)
                .param("expires", java.sql.Timestamp.from(expires))
                .update();
        if (taken == 0) {
            throw new InvalidInputException(FIELD, "portal.captcha.replayed");
        }
    }

    /** The address of a client as a keyed hash, so the comments keep no address anyone could read back. */
    String addressHash(String address) {
        try {
            return Altcha.hmacHex(Altcha.Algorithm.SHA256, key.getBytes(StandardCharsets.UTF_8), address);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
