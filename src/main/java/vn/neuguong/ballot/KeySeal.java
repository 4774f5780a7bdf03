package vn.neuguong.ballot;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the rounds' private keys with AES-256-GCM (a 12-byte random nonce first, then the ciphertext and its tag)
 * under the application's ballot key secret ({@code neuguong.ballot.key-secret}, the same on every node). A key
 * sealed under another secret is refused with an error saying so; it is never replaced by a new key.
 */
@Component
class KeySeal {

    private static final Logger log = LoggerFactory.getLogger(KeySeal.class);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    KeySeal(@Value("${neuguong.ballot.key-secret:}") String secret) {
        byte[] bytes;
        if (secret == null || secret.isBlank()) {
            bytes = new byte[32];
            random.nextBytes(bytes);
            log.warn("neuguong.ballot.key-secret is not set: the ballot rounds' keys made now open on this node only,"
                    + " and not after a restart");
        } else {
            bytes = sha256(secret.getBytes(StandardCharsets.UTF_8));
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    byte[] seal(byte[] plain, long roundId) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad(roundId));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plain key; a clear error when the secret is not the one that sealed it (or the row was altered). */
    byte[] open(byte[] sealed, long roundId) {
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(sealed, NONCE_BYTES)));
            cipher.updateAAD(aad(roundId));
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException wrongSecret) {
            throw new IllegalStateException("The signing key of ballot round " + roundId
                    + " does not open with this node's neuguong.ballot.key-secret (NEUGUONG_BALLOT_KEY_SECRET): the"
                    + " secret is missing or differs from the one it was sealed with");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The signing key of ballot round " + roundId + " cannot be opened", e);
        }
    }

    /** The round is bound to the sealed key: a key copied to another round's row does not open. */
    private static byte[] aad(long roundId) {
        return ("ballot_round_key:" + roundId).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] sha256(byte[] bytes) {
        return vn.neuguong.shared.Digests.sha256(bytes);
    }
}
