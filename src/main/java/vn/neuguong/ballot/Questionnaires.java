package vn.neuguong.ballot;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A round's leaders, criteria, questions and electorate, written as a whole inside the round's transaction. */
@Component
class Questionnaires {

    private final JdbcClient jdbc;

    Questionnaires(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True once a ballot has been cast in the round: a slip consumed, a credential spent, or a ballot stored. */
    boolean frozen(long roundId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM ballot_credential WHERE round_id = :r AND consumed)"
                        + " OR EXISTS (SELECT 1 FROM ballot_spent WHERE round_id = :r)"
                        + " OR EXISTS (SELECT 1 FROM ballot_buffer WHERE round_id = :r)"
                        + " OR EXISTS (SELECT 1 FROM ballot_response WHERE round_id = :r)")
                .param("r", roundId)
                .query(Boolean.class)
                .single();
    }

    void clear(long roundId) {
        for (String table : List.of("ballot_leader", "ballot_criterion", "ballot_question", "ballot_electorate")) {
            jdbc.sql("DELETE FROM " + table + " WHERE round_id = :r")
                    .param("r", roundId)
                    .update();
        }
    }

    /** Writes the questionnaire; {@code names} are the leaders' names in the order of the input. */
    void write(long roundId, BallotInput.Round input, List<String> names) {
        for (int i = 0; i < input.leaders().size(); i++) {
            var leader = input.leaders().get(i);
            jdbc.sql("INSERT INTO ballot_leader (round_id, position, member_id, person_id, full_name, post)"
                            + " VALUES (:r, :p, :member, :person, :name, :post)")
                    .param("r", roundId)
                    .param("p", i + 1)
                    .param("member", leader.memberId())
                    .param("person", leader.personId())
                    .param("name", names.get(i))
                    .param("post", leader.post().strip())
                    .update();
        }
        for (int i = 0; i < input.criteria().size(); i++) {
            var criterion = input.criteria().get(i);
            jdbc.sql("INSERT INTO ballot_criterion (round_id, position, text, required) VALUES (:r, :p, :t, :req)")
                    .param("r", roundId)
                    .param("p", i + 1)
                    .param("t", criterion.text().strip())
                    .param("req", criterion.requiredOrDefault())
                    .update();
        }
        var questions = input.questionsOrEmpty();
        for (int i = 0; i < questions.size(); i++) {
            jdbc.sql("INSERT INTO ballot_question (round_id, position, text) VALUES (:r, :p, :t)")
                    .param("r", roundId)
                    .param("p", i + 1)
                    .param("t", questions.get(i).text().strip())
                    .update();
        }
        for (var part : input.electorate()) {
            var kind = part.kind();
            boolean organization =
                    kind == BallotInput.ElectorateKind.ORGANIZATION || kind == BallotInput.ElectorateKind.POSITION;
            boolean guest = kind == BallotInput.ElectorateKind.GUEST;
            jdbc.sql("INSERT INTO ballot_electorate (round_id, kind, organization_id, position_title, member_id,"
                            + " guest_label, guest_count) VALUES (:r, :kind, :org, :title, :member, :label, :count)")
                    .param("r", roundId)
                    .param("kind", kind.name())
                    .param("org", organization ? part.organizationId() : null)
                    .param(
                            "title",
                            kind == BallotInput.ElectorateKind.POSITION
                                    ? part.positionTitle().name()
                                    : null)
                    .param("member", kind == BallotInput.ElectorateKind.MEMBER ? part.memberId() : null)
                    .param("label", guest ? part.guestLabel().strip() : null)
                    .param("count", guest ? part.guestCount() : null)
                    .update();
        }
    }
}
