package vn.neuguong.ballot;

import java.util.Arrays;
import java.util.Base64;
import vn.neuguong.shared.InvalidInputException;

/**
 * An unblinded credential as the voter casts it: the prepared message (the random prefix, then 32 random bytes) and
 * the round's signature on it, written {@code <message>.<signature>} in unpadded base64url, as
 * {@code ballot-credential.js} hands it over. It names nobody; its text is never logged.
 */
public final class BlindCredential {

    /** {@link BlindSignatures#PREFIX_LENGTH} bytes of prefix, then the 32 bytes the browser drew. */
    public static final int MESSAGE_LENGTH = BlindSignatures.PREFIX_LENGTH + 32;

    private final byte[] message;
    private final byte[] signature;

    BlindCredential(byte[] message, byte[] signature) {
        this.message = message.clone();
        this.signature = signature.clone();
    }

    /**
     * Reads a credential as the voter pasted it.
     *
     * @throws InvalidInputException on {@code field} when the text is not a credential's shape
     */
    public static BlindCredential parse(String text, String field) {
        var parts = text == null ? new String[0] : text.strip().split("\\.", -1);
        try {
            if (parts.length == 2) {
                var decoder = Base64.getUrlDecoder();
                var credential = new BlindCredential(decoder.decode(parts[0]), decoder.decode(parts[1]));
                if (credential.message.length == MESSAGE_LENGTH && credential.signature.length > 0) {
                    return credential;
                }
            }
        } catch (IllegalArgumentException notBase64) {
            // answered below, like any other text that is not a credential
        }
        throw new InvalidInputException(field, "validation.invalid");
    }

    public String text() {
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString(message) + "." + encoder.encodeToString(signature);
    }

    byte[] message() {
        return message.clone();
    }

    byte[] signature() {
        return signature.clone();
    }

    /**
     * What a table of spent credentials keys on (SHA-256 of the message): unique per round, so a credential is
     * consumed once whatever signature bytes accompany it.
     */
    public byte[] spentHash() {
        return vn.neuguong.shared.Digests.sha256(message);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BlindCredential that
                && Arrays.equals(message, that.message)
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(message) + Arrays.hashCode(signature);
    }

    /** Never the credential itself, so that no log line can hold it. */
    @Override
    public String toString() {
        return "BlindCredential[hidden]";
    }
}
