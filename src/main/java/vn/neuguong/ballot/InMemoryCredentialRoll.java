package vn.neuguong.ballot;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.Actor;

/**
 * The rolls in this node's memory, by account: a stand-in until the rounds' electorates and their "credential
 * issued" marks live in the ballot module's tables.
 */
@Component
class InMemoryCredentialRoll implements CredentialRoll {

    private final Map<Long, Set<Long>> electorates = new HashMap<>();
    private final Map<Long, Set<Long>> issued = new HashMap<>();

    /** Puts the account on the round's roll. */
    synchronized void enrol(long roundId, long accountId) {
        electorates.computeIfAbsent(roundId, id -> new HashSet<>()).add(accountId);
    }

    synchronized boolean issued(long roundId, long accountId) {
        return issued.getOrDefault(roundId, Set.of()).contains(accountId);
    }

    @Override
    public synchronized Admission admit(long roundId, Actor voter) {
        if (!electorates.getOrDefault(roundId, Set.of()).contains(voter.accountId())) {
            return Admission.NOT_ON_ROLL;
        }
        return issued.computeIfAbsent(roundId, id -> new HashSet<>()).add(voter.accountId())
                ? Admission.ADMITTED
                : Admission.ALREADY_ISSUED;
    }
}
