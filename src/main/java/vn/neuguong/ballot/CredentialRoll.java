package vn.neuguong.ballot;

import vn.neuguong.shared.Actor;

/**
 * Who may receive a round's remote credential, and who has: the electorate's side of issuing. It knows that a voter
 * received a credential, never which one (the server only ever sees it blinded).
 */
interface CredentialRoll {

    /** What {@link #admit} found. */
    enum Admission {
        ADMITTED,
        /** Not in the round's electorate, or no such round: answered like a round that does not exist. */
        NOT_ON_ROLL,
        /** Already received an electronic credential or a paper ballot of the round. */
        ALREADY_ISSUED,
        /** The round does not issue credentials now (not open yet, or closed). */
        NOT_ISSUING
    }

    /**
     * Marks the voter as having received the round's credential, when they may. Runs inside the issuing
     * transaction, so a signature that fails keeps no mark; must hold under parallel requests of one voter (a
     * unique row or a row lock), so exactly one of them is admitted.
     */
    Admission admit(long roundId, Actor voter);
}
