package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9474's test vectors (Appendix A, as the blindrsa-ts repository transcribes them in
 * {@code ballot/rfc9474-test-vectors.json}) through the server's signer and verifier, and the Java client's
 * blinding against them; then round trips on a fresh round key.
 */
class BlindSignaturesTests {

    private static final HexFormat HEX = HexFormat.of();

    private final BlindSignatures signatures = new BlindSignatures();
    private final BlindClient client = new BlindClient();

    record Vector(String name, Map<String, String> values) {

        byte[] bytes(String field) {
            return HEX.parseHex(values.get(field));
        }

        BigInteger number(String field) {
            return new BigInteger(values.get(field).substring(2), 16);
        }

        boolean pss() {
            return name.contains("-PSS-");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Vector> vectors() throws IOException {
        try (var in = BlindSignaturesTests.class.getResourceAsStream("/ballot/rfc9474-test-vectors.json")) {
            List<Map<String, String>> all = JsonMapper.builder().build().readValue(in, new TypeReference<>() {});
            return all.stream().map(values -> new Vector(values.get("name"), values));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void blindSignsTheVectorsBlindedMessageToItsBlindSignature(Vector v) throws Exception {
        assertThat(signatures.blindSign(privateKey(v), v.bytes("blinded_msg"))).isEqualTo(v.bytes("blind_sig"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void clientBlindsAndFinalizesTheVectorsToTheirBytes(Vector v) throws Exception {
        var key = publicKey(v);
        byte[] prepared = BlindClient.concat(v.bytes("msg_prefix"), v.bytes("msg"));
        assertThat(prepared).isEqualTo(v.bytes("input_msg"));
        var r = v.number("inv").modInverse(key.getModulus());

        var blinded = client.blind(key, prepared, v.bytes("salt"), r);

        assertThat(blinded.blindedMessage()).isEqualTo(v.bytes("blinded_msg"));
        assertThat(client.finalize(key, v.bytes("blind_sig"), blinded.inverse()))
                .isEqualTo(v.bytes("sig"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void verifiesTheVectorsSignatureOnlyForThePssVariants(Vector v) throws Exception {
        // The server runs one variant: a PSSZERO signature (no salt) must not pass for it.
        assertThat(signatures.verify(publicKey(v), v.bytes("input_msg"), v.bytes("sig")))
                .isEqualTo(v.pss());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void refusesTheVectorsSignatureOnAnotherMessage(Vector v) throws Exception {
        byte[] other = v.bytes("input_msg");
        other[other.length - 1] ^= 1;
        assertThat(signatures.verify(publicKey(v), other, v.bytes("sig"))).isFalse();
    }

    @Test
    void roundTripsACredentialThroughARoundKey() {
        var key = JdbcRoundKeys.generate(1);
        byte[] credential = new byte[32];
        new java.security.SecureRandom().nextBytes(credential);
        byte[] prepared = client.prepare(credential);

        var blinded = client.blind(key.publicKey(), prepared);
        byte[] blindSignature = signatures.blindSign(key.privateKey(), blinded.blindedMessage());
        byte[] signature = client.finalize(key.publicKey(), blindSignature, blinded.inverse());

        assertThat(signatures.verify(key.publicKey(), prepared, signature)).isTrue();
        assertThat(blindSignature).isNotEqualTo(signature);
        var otherRound = JdbcRoundKeys.generate(2);
        assertThat(signatures.verify(otherRound.publicKey(), prepared, signature))
                .isFalse();
    }

    @Test
    void refusesABlindedMessageOfTheWrongLengthOrNotBelowTheModulus() {
        var key = JdbcRoundKeys.generate(1).privateKey();
        int length = BlindSignatures.modulusLength(key.getModulus());

        assertThatThrownBy(() -> signatures.blindSign(key, new byte[length - 1]))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] tooLarge = new byte[length];
        java.util.Arrays.fill(tooLarge, (byte) 0xff);
        assertThatThrownBy(() -> signatures.blindSign(key, tooLarge)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASignatureOfTheWrongLengthOrAMessageWithoutItsPrefix() {
        var key = JdbcRoundKeys.generate(1);
        byte[] prepared = client.prepare(new byte[32]);
        var blinded = client.blind(key.publicKey(), prepared);
        byte[] signature = client.finalize(
                key.publicKey(), signatures.blindSign(key.privateKey(), blinded.blindedMessage()), blinded.inverse());

        assertThat(signatures.verify(key.publicKey(), prepared, java.util.Arrays.copyOf(signature, 255)))
                .isFalse();
        assertThat(signatures.verify(key.publicKey(), new byte[31], signature)).isFalse();
    }

    @Test
    void neverWritesThePrivateKeyInItsText() {
        var key = JdbcRoundKeys.generate(7);
        assertThat(key.toString())
                .isEqualTo("RoundKey[round 7, 2048 bits]")
                .doesNotContain(key.privateKey().getPrivateExponent().toString(16));
        assertThat(key.retired().signing()).isEmpty();
    }

    private static RSAPublicKey publicKey(Vector v) throws Exception {
        return (RSAPublicKey)
                KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(v.number("n"), v.number("e")));
    }

    private static RSAPrivateCrtKey privateKey(Vector v) throws Exception {
        var p = v.number("p");
        var q = v.number("q");
        var d = v.number("d");
        var one = BigInteger.ONE;
        var spec = new RSAPrivateCrtKeySpec(
                v.number("n"), v.number("e"), d, p, q, d.mod(p.subtract(one)), d.mod(q.subtract(one)), q.modInverse(p));
        return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(spec);
    }
}
