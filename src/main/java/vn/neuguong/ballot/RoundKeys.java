package vn.neuguong.ballot;

import java.util.Optional;

/**
 * Where the rounds' blind-signing keys live. The private key must stay inside the ballot module's own storage
 * (never in a log, the audit log or an answer) and be dropped when the round stops issuing credentials.
 */
interface RoundKeys {

    /** The key pair the round signs its credentials with, made on the first call and the same on every other. */
    RoundKey create(long roundId);

    Optional<RoundKey> find(long roundId);

    /** Drops the private key: the round issues no more credentials, and those issued can still be verified. */
    void retire(long roundId);
}
