package vn.neuguong.ballot;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.InvalidInputException;

/**
 * Recognizes a remote credential when it is cast: a message with the round's unblinded RSA signature. Spent once,
 * as the SHA-256 of the message (the server never saw the message while signing, so the hash ties the ballot to no
 * one).
 */
@Component
class BlindCredentialVerifier implements CredentialVerifier {

    private final BlindCredentials credentials;

    BlindCredentialVerifier(BlindCredentials credentials) {
        this.credentials = credentials;
    }

    @Override
    public Optional<byte[]> verify(long roundId, String proof) {
        BlindCredential credential;
        try {
            credential = BlindCredential.parse(proof, "credential");
        } catch (InvalidInputException notACredential) {
            return Optional.empty();
        }
        return credentials.genuine(roundId, credential) ? Optional.of(credential.spentHash()) : Optional.empty();
    }
}
