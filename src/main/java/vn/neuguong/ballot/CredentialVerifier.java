package vn.neuguong.ballot;

import java.util.Optional;

/**
 * Recognizes a credential that is not a printed slip: the remote way of voting, where the voter's browser unblinds a
 * signature the server gave without seeing the credential (RFC 9474). A verifier checks the proof for the round and
 * answers the bytes that identify it once spent (a hash of the message signed); {@link Casting} inserts them into
 * {@code ballot_spent}, whose key refuses a second use, in the transaction that stores the ballot.
 */
interface CredentialVerifier {

    /** The spent-credential hash of a good proof for the round; empty when the proof is not one of this kind. */
    Optional<byte[]> verify(long roundId, String proof);
}
