package vn.neuguong.ballot;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import org.bouncycastle.crypto.digests.SHA384Digest;
import org.bouncycastle.crypto.engines.RSABlindedEngine;
import org.bouncycastle.crypto.engines.RSAEngine;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.signers.PSSSigner;
import org.springframework.stereotype.Component;

/**
 * The server's half of RFC 9474 blind RSA signatures, variant {@value #VARIANT} (the one the RFC recommends, and
 * the one the browser's {@code @cloudflare/blindrsa-ts} runs as {@code RSABSSA.SHA384.PSS.Randomized}): it signs a
 * blinded message it cannot read, and later verifies the unblinded signature on the message the voter reveals.
 *
 * <p>The voter's browser prepares the message (a random 32-byte prefix, then the credential), encodes it with
 * EMSA-PSS (SHA-384, MGF1-SHA-384, 48-byte salt) and blinds it; so the signature this class verifies is an ordinary
 * RSASSA-PSS signature (RFC 8017, 8.1.2) over the prepared message, and the signer never saw either.
 */
@Component
public class BlindSignatures {

    public static final String VARIANT = "RSABSSA-SHA384-PSS-Randomized";

    /** The length of the random prefix the randomized variant puts before the message (RFC 9474, 4.1). */
    public static final int PREFIX_LENGTH = 32;

    static final int SALT_LENGTH = 48;

    private final SecureRandom random = new SecureRandom();

    /**
     * BlindSign (RFC 9474, 4.3): the RSA signing primitive on the blinded message, checked against the public
     * exponent before it leaves (a fault in the CRT computation would otherwise give the private key away).
     *
     * @throws IllegalArgumentException when the blinded message is not the modulus' length or not below it
     */
    public byte[] blindSign(RSAPrivateCrtKey key, byte[] blindedMessage) {
        int length = modulusLength(key.getModulus());
        if (blindedMessage.length != length) {
            throw new IllegalArgumentException("The blinded message is not " + length + " bytes long");
        }
        var m = new BigInteger(1, blindedMessage);
        if (m.compareTo(key.getModulus()) >= 0) {
            throw new IllegalArgumentException("The blinded message is not below the modulus");
        }
        var engine = new RSABlindedEngine();
        engine.init(false, new ParametersWithRandom(privateParameters(key), random));
        var s = new BigInteger(1, engine.processBlock(blindedMessage, 0, blindedMessage.length));
        if (!s.modPow(key.getPublicExponent(), key.getModulus()).equals(m)) {
            throw new IllegalStateException("signing failure");
        }
        return toBytes(s, length);
    }

    /**
     * RSASSA-PSS-VERIFY (RFC 8017, 8.1.2) of a finalized signature over the prepared message ({@link
     * #PREFIX_LENGTH} random bytes, then the credential).
     */
    public boolean verify(RSAPublicKey key, byte[] preparedMessage, byte[] signature) {
        if (preparedMessage.length < PREFIX_LENGTH || signature.length != modulusLength(key.getModulus())) {
            return false;
        }
        var signer = new PSSSigner(new RSAEngine(), new SHA384Digest(), SALT_LENGTH);
        signer.init(false, new RSAKeyParameters(false, key.getModulus(), key.getPublicExponent()));
        signer.update(preparedMessage, 0, preparedMessage.length);
        return signer.verifySignature(signature);
    }

    static int modulusLength(BigInteger modulus) {
        return (modulus.bitLength() + 7) / 8;
    }

    /** I2OSP (RFC 8017, 4.1): the integer as exactly {@code length} big-endian bytes. */
    static byte[] toBytes(BigInteger value, int length) {
        if (value.signum() < 0 || value.bitLength() > 8 * length) {
            throw new IllegalArgumentException("integer too large");
        }
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[length];
        int copied = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copied, bytes, length - copied, copied);
        return bytes;
    }

    private static RSAPrivateCrtKeyParameters privateParameters(RSAPrivateCrtKey key) {
        return new RSAPrivateCrtKeyParameters(
                key.getModulus(),
                key.getPublicExponent(),
                key.getPrivateExponent(),
                key.getPrimeP(),
                key.getPrimeQ(),
                key.getPrimeExponentP(),
                key.getPrimeExponentQ(),
                key.getCrtCoefficient());
    }
}
