package vn.neuguong.ballot;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;

/**
 * The voter's half of RFC 9474 in Java (what the browser's blindrsa-ts does), for the tests: prepare, blind with a
 * given salt and blinding factor (so the RFC's vectors come out byte for byte), and finalize.
 */
final class BlindClient {

    private static final int HASH_LENGTH = 48;

    record Blinded(byte[] blindedMessage, byte[] inverse) {}

    private final SecureRandom random = new SecureRandom();

    byte[] prepare(byte[] message) {
        byte[] prefix = new byte[BlindSignatures.PREFIX_LENGTH];
        random.nextBytes(prefix);
        return concat(prefix, message);
    }

    Blinded blind(RSAPublicKey key, byte[] preparedMessage) {
        byte[] salt = new byte[BlindSignatures.SALT_LENGTH];
        random.nextBytes(salt);
        BigInteger r;
        do {
            r = new BigInteger(key.getModulus().bitLength(), random);
        } while (r.signum() == 0
                || r.compareTo(key.getModulus()) >= 0
                || !r.gcd(key.getModulus()).equals(BigInteger.ONE));
        return blind(key, preparedMessage, salt, r);
    }

    /** Blind (RFC 9474, 4.2) with the salt and the blinding factor {@code r} given. */
    Blinded blind(RSAPublicKey key, byte[] preparedMessage, byte[] salt, BigInteger r) {
        var n = key.getModulus();
        int length = BlindSignatures.modulusLength(n);
        var m = new BigInteger(1, emsaPssEncode(preparedMessage, n.bitLength() - 1, salt));
        var x = r.modPow(key.getPublicExponent(), n);
        var z = m.multiply(x).mod(n);
        return new Blinded(BlindSignatures.toBytes(z, length), BlindSignatures.toBytes(r.modInverse(n), length));
    }

    /** Finalize (RFC 9474, 4.4) without its verification, which the tests do through {@link BlindSignatures}. */
    byte[] finalize(RSAPublicKey key, byte[] blindSignature, byte[] inverse) {
        var n = key.getModulus();
        var s = new BigInteger(1, blindSignature)
                .multiply(new BigInteger(1, inverse))
                .mod(n);
        return BlindSignatures.toBytes(s, BlindSignatures.modulusLength(n));
    }

    /** EMSA-PSS-ENCODE (RFC 8017, 9.1.1) with SHA-384 and MGF1-SHA-384. */
    static byte[] emsaPssEncode(byte[] message, int emBits, byte[] salt) {
        int emLength = (emBits + 7) / 8;
        byte[] mHash = sha384(message);
        byte[] h = sha384(concat(new byte[8], mHash, salt));
        byte[] db = new byte[emLength - HASH_LENGTH - 1];
        db[db.length - salt.length - 1] = 0x01;
        System.arraycopy(salt, 0, db, db.length - salt.length, salt.length);
        byte[] mask = mgf1(h, db.length);
        for (int i = 0; i < db.length; i++) {
            db[i] ^= mask[i];
        }
        db[0] &= (byte) (0xff >>> (8 * emLength - emBits));
        return concat(db, h, new byte[] {(byte) 0xbc});
    }

    private static byte[] mgf1(byte[] seed, int length) {
        byte[] mask = new byte[0];
        for (int counter = 0; mask.length < length; counter++) {
            byte[] c = {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter};
            mask = concat(mask, sha384(concat(seed, c)));
        }
        return Arrays.copyOf(mask, length);
    }

    private static byte[] sha384(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-384").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
