package vn.neuguong.ballot;

import java.util.Base64;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;

/**
 * Remote credentials of a ballot round: the round's public key for the voter's browser, one blind signature per
 * voter (the voter marked "credential issued" in the same transaction), and the check of a credential cast.
 * Nothing here writes the voter, the blinded message or the signature to a log or the audit log.
 */
@Service
class BlindCredentials {

    static final String BLINDED_MESSAGE = "blindedMessage";

    private final RoundKeys keys;
    private final CredentialRoll roll;
    private final BlindSignatures signatures;
    private final BallotRounds rounds;

    BlindCredentials(RoundKeys keys, CredentialRoll roll, BlindSignatures signatures, BallotRounds rounds) {
        this.rounds = rounds;
        this.keys = keys;
        this.roll = roll;
        this.signatures = signatures;
    }

    /**
     * The key a voter's browser blinds with: the round's, made on the first request while the round is open (a round
     * closed before anyone asked has none, and answers not found).
     */
    RoundKey publicKey(long roundId) {
        return keys.find(roundId)
                .or(() -> rounds.find(roundId)
                        .filter(round -> round.status() == BallotRound.Status.OPEN)
                        .map(round -> keys.create(roundId)))
                .map(RoundKey::retired)
                .orElseThrow(() -> new NotFoundException("Ballot round", roundId));
    }

    /**
     * Signs the voter's blinded credential and marks the voter as having received it, both or neither. The
     * signature is computed first (it touches nothing), so a message that cannot be signed marks nobody.
     */
    @Transactional
    byte[] issue(long roundId, Actor voter, String blindedMessage) {
        var key = keys.find(roundId).orElseThrow(() -> new NotFoundException("Ballot round", roundId));
        var signing = key.signing().orElseThrow(() -> new ConflictException("ballot.credential.notIssuing"));
        byte[] blindSignature;
        try {
            blindSignature =
                    signatures.blindSign(signing, Base64.getUrlDecoder().decode(blindedMessage));
        } catch (IllegalArgumentException notBlindedMessage) {
            throw new InvalidInputException(BLINDED_MESSAGE, "validation.invalid");
        }
        switch (roll.admit(roundId, voter)) {
            case ADMITTED -> {
                return blindSignature;
            }
            case NOT_ON_ROLL -> throw new NotFoundException("Ballot round", roundId);
            case ALREADY_ISSUED -> throw new ConflictException("ballot.credential.alreadyIssued");
            case NOT_ISSUING -> throw new ConflictException("ballot.credential.notIssuing");
        }
        throw new IllegalStateException("unreachable");
    }

    /** Whether the credential carries the round's signature (whether it was spent is the casting's question). */
    boolean genuine(long roundId, BlindCredential credential) {
        return keys.find(roundId)
                .map(key -> signatures.verify(key.publicKey(), credential.message(), credential.signature()))
                .orElse(false);
    }
}
