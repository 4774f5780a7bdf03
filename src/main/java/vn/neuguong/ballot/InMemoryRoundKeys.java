package vn.neuguong.ballot;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAKeyGenParameterSpec;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The rounds' keys in this node's memory: a stand-in until the rounds keep them in a table of the ballot module
 * (lost on restart, and not shared between nodes).
 */
@Component
class InMemoryRoundKeys implements RoundKeys {

    /** RFC 9474 asks for at least 2048 bits; a round lasts weeks, not decades. */
    static final int MODULUS_BITS = 2048;

    private final Map<Long, RoundKey> keys = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    @Override
    public RoundKey create(long roundId) {
        return keys.computeIfAbsent(roundId, this::generate);
    }

    @Override
    public Optional<RoundKey> find(long roundId) {
        return Optional.ofNullable(keys.get(roundId));
    }

    @Override
    public void retire(long roundId) {
        keys.computeIfPresent(roundId, (id, key) -> key.retired());
    }

    private RoundKey generate(long roundId) {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(MODULUS_BITS, RSAKeyGenParameterSpec.F4), random);
            var pair = generator.generateKeyPair();
            return new RoundKey(roundId, (RSAPublicKey) pair.getPublic(), (RSAPrivateCrtKey) pair.getPrivate());
        } catch (NoSuchAlgorithmException | java.security.InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }
}
