package vn.neuguong.ballot;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The codes printed on slips. A slip's credential is 128 random bits written in Crockford's base32 (26 characters,
 * in the QR code); beside it a short code of 50 bits (10 characters, typed by hand) that casts the same ballot. The
 * database keeps only the SHA-256 of each, so reading it gives no code that could be cast.
 */
final class Credentials {

    static final int LONG_LENGTH = 26;
    static final int SHORT_LENGTH = 10;
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Credentials() {}

    /** A printed slip: the credential and the short code, as written on it. */
    record Slip(String credential, String shortCode) {}

    static Slip newSlip() {
        return new Slip(random(LONG_LENGTH), group(random(SHORT_LENGTH)));
    }

    /** A random code of {@code length} base32 characters (5 bits each; the first of 26 carries 3 for 128 bits). */
    static String random(int length) {
        var code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET[RANDOM.nextInt(i == 0 && length == LONG_LENGTH ? 8 : 32)]);
        }
        return code.toString();
    }

    /** The short code in two groups of five, as printed: "7K3MQ-X9TPD". */
    static String group(String shortCode) {
        return shortCode.substring(0, 5) + "-" + shortCode.substring(5);
    }

    /**
     * A code as the voter typed or scanned it, in the form that is hashed: upper case, separators dropped, the
     * letters people confuse with digits read as those digits (Crockford).
     */
    static String normalize(String code) {
        var out = new StringBuilder(code.length());
        for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ', '\t' -> {}
                case 'O' -> out.append('0');
                case 'I', 'L' -> out.append('1');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** True when the normalized code has the shape of a slip's credential or short code. */
    static boolean looksLikeSlip(String normalized) {
        if (normalized.length() != LONG_LENGTH && normalized.length() != SHORT_LENGTH) {
            return false;
        }
        for (char c : normalized.toCharArray()) {
            if (java.util.Arrays.binarySearch(ALPHABET, c) < 0) {
                return false;
            }
        }
        return true;
    }

    static byte[] hash(String normalized) {
        return vn.neuguong.shared.Digests.sha256(normalized.getBytes(StandardCharsets.US_ASCII));
    }
}
