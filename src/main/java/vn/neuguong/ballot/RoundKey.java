package vn.neuguong.ballot;

import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.Optional;

/**
 * A ballot round's blind-signing key pair. The private key signs credentials while the round issues them; once it is
 * retired (the round closed), only the public key is left, to verify the credentials cast.
 */
record RoundKey(long roundId, RSAPublicKey publicKey, RSAPrivateCrtKey privateKey) {

    Optional<RSAPrivateCrtKey> signing() {
        return Optional.ofNullable(privateKey);
    }

    RoundKey retired() {
        return new RoundKey(roundId, publicKey, null);
    }

    /** The public key as a JSON Web Key (RFC 7518, 6.3.1), the form WebCrypto imports for RSA-PSS with SHA-384. */
    Jwk jwk() {
        var url = Base64.getUrlEncoder().withoutPadding();
        return new Jwk(
                "RSA",
                "PS384",
                url.encodeToString(unsigned(publicKey.getModulus())),
                url.encodeToString(unsigned(publicKey.getPublicExponent())));
    }

    /** The public key as DER SubjectPublicKeyInfo, base64. */
    String spki() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    /** Never the private key in a log line or an exception. */
    @Override
    public String toString() {
        return "RoundKey[round " + roundId + ", " + publicKey.getModulus().bitLength() + " bits"
                + (privateKey == null ? ", retired]" : "]");
    }

    private static byte[] unsigned(java.math.BigInteger value) {
        return BlindSignatures.toBytes(value, (value.bitLength() + 7) / 8);
    }

    record Jwk(String kty, String alg, String n, String e) {}
}
