package vn.neuguong.meeting;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The check-in code a meeting's screen shows: {@code step.mac}, where the step counts 30-second periods and the mac
 * is an HMAC-SHA256 of the meeting's id and the step under the server's secret
 * ({@code neuguong.meeting.check-in-secret}, the same on every node). A code is good for its step and the next one,
 * so a scan just after the screen changed still counts; nothing is stored. ZXing draws it as a PNG.
 */
@Component
class QrCodes {

    static final long STEP_SECONDS = 30;
    private static final Logger log = LoggerFactory.getLogger(QrCodes.class);
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** What a scanned code is for this meeting now. */
    enum Check {
        VALID,
        STALE,
        FOREIGN
    }

    private final SecretKeySpec key;
    private final Clock clock;

    QrCodes(@Value("${neuguong.meeting.check-in-secret:}") String secret, Clock clock) {
        this.clock = clock;
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            log.warn("neuguong.meeting.check-in-secret is not set: check-in codes are good on this node only");
        } else {
            bytes = secret.getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    long step() {
        return clock.instant().getEpochSecond() / STEP_SECONDS;
    }

    /** Seconds until the code shown now changes. */
    long secondsLeft() {
        return STEP_SECONDS - clock.instant().getEpochSecond() % STEP_SECONDS;
    }

    String current(long meetingId) {
        return code(meetingId, step());
    }

    /** The code of {@code step}: the current one, or for tests an older one. */
    String code(long meetingId, long step) {
        return step + "." + mac(meetingId, step);
    }

    Check check(long meetingId, String code) {
        if (code == null) {
            return Check.FOREIGN;
        }
        int dot = code.indexOf('.');
        long step;
        try {
            step = Long.parseLong(code.substring(0, Math.max(dot, 0)));
        } catch (NumberFormatException e) {
            return Check.FOREIGN;
        }
        var expected = mac(meetingId, step).getBytes(StandardCharsets.US_ASCII);
        var given = code.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Check.FOREIGN;
        }
        long now = step();
        return step == now || step == now - 1 ? Check.VALID : Check.STALE;
    }

    private String mac(long meetingId, long step) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            var digest = mac.doFinal((meetingId + ":" + step).getBytes(StandardCharsets.US_ASCII));
            return URL.encodeToString(java.util.Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The QR image of {@code text}, a PNG of about {@code size} pixels a side. */
    static byte[] png(String text, int size) {
        return vn.neuguong.web.QrImages.png(text, size, 2);
    }
}
