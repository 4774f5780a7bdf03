package vn.neuguong.ballot;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rounds' keys in table ballot_round_key: the public key as DER, the private key as PKCS#8 sealed by
 * {@link KeySeal}. Every node reads the same row, so a key made on one node signs on another and after a restart.
 * Retiring drops the sealed private key; the public key stays to verify the credentials cast.
 */
@Component
class JdbcRoundKeys implements RoundKeys {

    /** RFC 9474 asks for at least 2048 bits; a round lasts weeks, not decades. */
    static final int MODULUS_BITS = 2048;

    private final JdbcClient jdbc;
    private final KeySeal seal;

    JdbcRoundKeys(JdbcClient jdbc, KeySeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    /** Two nodes making the first key at once: one row wins, both answer it. */
    @Override
    public RoundKey create(long roundId) {
        var existing = find(roundId);
        if (existing.isPresent()) {
            return existing.get();
        }
        var pair = generate(roundId);
        byte[] pkcs8 = pair.privateKey().getEncoded();
        try {
            jdbc.sql("INSERT INTO ballot_round_key (round_id, public_key, sealed_private) VALUES (:r, :pub, :sealed)"
                            + " ON CONFLICT (round_id) DO NOTHING")
                    .param("r", roundId)
                    .param("pub", pair.publicKey().getEncoded())
                    .param("sealed", seal.seal(pkcs8, roundId))
                    .update();
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
        return find(roundId).orElseThrow();
    }

    @Override
    public Optional<RoundKey> find(long roundId) {
        return jdbc.sql("SELECT public_key, sealed_private FROM ballot_round_key WHERE round_id = :r")
                .param("r", roundId)
                .query((rs, n) -> read(roundId, rs.getBytes("public_key"), rs.getBytes("sealed_private")))
                .optional();
    }

    @Override
    public void retire(long roundId) {
        jdbc.sql("UPDATE ballot_round_key SET sealed_private = NULL WHERE round_id = :r")
                .param("r", roundId)
                .update();
    }

    private RoundKey read(long roundId, byte[] publicKey, byte[] sealedPrivate) {
        try {
            var factory = KeyFactory.getInstance("RSA");
            var pub = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey));
            if (sealedPrivate == null) {
                return new RoundKey(roundId, pub, null);
            }
            byte[] pkcs8 = seal.open(sealedPrivate, roundId);
            try {
                var key = (RSAPrivateCrtKey) factory.generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
                if (!key.getModulus().equals(pub.getModulus())) {
                    throw new IllegalStateException(
                            "The signing key of ballot round " + roundId + " does not match its public key");
                }
                return new RoundKey(roundId, pub, key);
            } finally {
                Arrays.fill(pkcs8, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The key of ballot round " + roundId + " cannot be read", e);
        }
    }

    /** A fresh key pair, stored nowhere. */
    static RoundKey generate(long roundId) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(
                    new RSAKeyGenParameterSpec(MODULUS_BITS, RSAKeyGenParameterSpec.F4), new SecureRandom());
            var pair = generator.generateKeyPair();
            return new RoundKey(roundId, (RSAPublicKey) pair.getPublic(), (RSAPrivateCrtKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }
}
