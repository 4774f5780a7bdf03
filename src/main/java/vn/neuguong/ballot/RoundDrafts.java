package vn.neuguong.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.member.Persons;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * Creates a round, changes it while no ballot has been cast (the questionnaire is frozen by the first one), and
 * opens it. Every change is audited; the ballots never are.
 */
@Component
class RoundDrafts {

    private final JdbcClient jdbc;
    private final BallotRounds rounds;
    private final Questionnaires questionnaires;
    private final Campaigns campaigns;
    private final Persons persons;
    private final AuditLog audit;
    private final JsonMapper json;

    RoundDrafts(
            JdbcClient jdbc,
            BallotRounds rounds,
            Questionnaires questionnaires,
            Campaigns campaigns,
            Persons persons,
            AuditLog audit,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.campaigns = campaigns;
        this.persons = persons;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    BallotRound create(BallotInput.Round input, Actor actor) {
        var names = check(input, actor);
        long id = jdbc.sql(
                        "INSERT INTO ballot_round (code, title, period_label, kind, organization_id, ordered_by_id,"
                                + " plan_document_id, campaign_id, scale, text_limit, opens_at, closes_at, min_responses,"
                                + " convened, present) VALUES (:code, :title, :period, :kind, :org, :by, :plan, :campaign,"
                                + " ARRAY(SELECT jsonb_array_elements_text(CAST(:scale AS jsonb))), :limit, :opens, :closes, :min, :convened, :present) RETURNING id")
                .params(values(input))
                .param("code", Credentials.random(16).toLowerCase(java.util.Locale.ROOT))
                .query(Long.class)
                .single();
        questionnaires.write(id, input, names);
        var round = rounds.get(id, BallotAccess.everything());
        audit.created("BallotRound", id, round.organizationId(), input);
        return round;
    }

    /** Changes the round read at {@code version}; 409 when it changed since, was closed or a ballot was cast. */
    @Transactional
    BallotRound update(long id, int version, BallotInput.Round input, Actor actor) {
        var before = editable(id, version, BallotAccess.of(actor));
        var names = check(input, actor);
        if (before.status() == BallotRound.Status.OPEN
                && !input.organizationId().equals(before.organizationId())) {
            throw new InvalidInputException("organizationId", "ballot.organization.fixedWhenOpen");
        }
        jdbc.sql("UPDATE ballot_round SET title = :title, period_label = :period, kind = :kind, organization_id = :org,"
                        + " ordered_by_id = :by, plan_document_id = :plan, campaign_id = :campaign, scale = ARRAY(SELECT jsonb_array_elements_text(CAST(:scale AS jsonb))),"
                        + " text_limit = :limit, opens_at = :opens, closes_at = :closes, min_responses = :min,"
                        + " convened = :convened, present = :present, version = version + 1 WHERE id = :id")
                .params(values(input))
                .param("id", id)
                .update();
        questionnaires.clear(id);
        questionnaires.write(id, input, names);
        var after = rounds.get(id, BallotAccess.everything());
        audit.updated("BallotRound", id, after.organizationId(), before, input);
        return after;
    }

    /** Opens the round for casting; a confidence vote only with its quorum present. */
    @Transactional
    BallotRound open(long id, int version, Actor actor) {
        var round = rounds.lock(id, BallotAccess.of(actor));
        checkVersion(round, version);
        if (round.status() != BallotRound.Status.DRAFT) {
            throw new ConflictException("ballot.status.notDraft");
        }
        if (!round.quorate()) {
            throw new InvalidInputException("present", "ballot.quorum.notReached");
        }
        jdbc.sql("UPDATE ballot_round SET status = 'OPEN', version = version + 1 WHERE id = :id")
                .param("id", id)
                .update();
        audit.updated("BallotRound", id, round.organizationId(), Map.of("status", "DRAFT"), Map.of("status", "OPEN"));
        return rounds.get(id, BallotAccess.everything());
    }

    private BallotRound editable(long id, int version, BallotAccess access) {
        var round = rounds.lock(id, access);
        checkVersion(round, version);
        if (round.status() == BallotRound.Status.CLOSED) {
            throw new ConflictException("ballot.status.closed");
        }
        if (questionnaires.frozen(id)) {
            throw new ConflictException("ballot.questionnaire.frozen");
        }
        return round;
    }

    static void checkVersion(BallotRound round, int version) {
        if (round.version() != version) {
            throw new ConflictException("ballot.version.stale");
        }
    }

    /** The rules that need the database, all at once; answers the leaders' names as they are now. */
    private List<String> check(BallotInput.Round input, Actor actor) {
        var errors = new ArrayList<>(input.problems());
        var scope = Scope.of(actor);
        if (!holds(scope.coversOrganization(":id"), input.organizationId(), Map.of())) {
            errors.add(new FieldError("organizationId", "ballot.organization.notFound"));
        } else if (!holds(TreeSql.above(":b", ":id"), input.organizationId(), Map.of("b", input.orderedById()))) {
            errors.add(new FieldError("orderedById", "ballot.orderedBy.notAbove"));
        }
        if (input.planDocumentId() != null
                && !holds(DocumentSql.numberText(":id") + " IS NOT NULL", input.planDocumentId(), Map.of())) {
            errors.add(new FieldError("planDocumentId", "ballot.document.notFound"));
        }
        if (input.campaignId() != null
                && campaigns.find(input.campaignId(), Scope.everything()).isEmpty()) {
            errors.add(new FieldError("campaignId", "ballot.campaign.notFound"));
        }
        var names = new ArrayList<String>();
        for (int i = 0; i < input.leaders().size(); i++) {
            var leader = input.leaders().get(i);
            String name = null;
            if (leader.memberId() != null) {
                name = jdbc.sql("SELECT " + MemberSql.fullName(":id"))
                        .param("id", leader.memberId())
                        .query(String.class)
                        .optional()
                        .orElse(null);
            } else if (leader.personId() != null) {
                name = persons.find(leader.personId(), actor)
                        .map(p -> p.fullName())
                        .orElse(null);
            }
            if (name == null && (leader.memberId() == null) != (leader.personId() == null)) {
                errors.add(new FieldError(
                        "leaders[" + i + "]." + (leader.memberId() != null ? "memberId" : "personId"),
                        "ballot.leader.notFound"));
            }
            names.add(name);
        }
        for (int i = 0; i < input.electorate().size(); i++) {
            var part = input.electorate().get(i);
            if (part.organizationId() != null
                    && part.kind() != BallotInput.ElectorateKind.MEMBER
                    && part.kind() != BallotInput.ElectorateKind.GUEST
                    && !holds(TreeSql.kind(":id") + " IS NOT NULL", part.organizationId(), Map.of())) {
                errors.add(new FieldError("electorate[" + i + "].organizationId", "ballot.organization.notFound"));
            }
            if (part.kind() == BallotInput.ElectorateKind.MEMBER
                    && part.memberId() != null
                    && !holds(MemberSql.exists(":id"), part.memberId(), Map.of())) {
                errors.add(new FieldError("electorate[" + i + "].memberId", "ballot.member.notFound"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return names;
    }

    private boolean holds(String condition, Long id, Map<String, ?> parameters) {
        return id != null
                && jdbc.sql("SELECT " + condition)
                        .param("id", id)
                        .params(parameters)
                        .query(Boolean.class)
                        .single();
    }

    private Map<String, Object> values(BallotInput.Round input) {
        var values = new java.util.HashMap<String, Object>();
        values.put("title", input.title().strip());
        values.put("period", input.periodLabel().strip());
        values.put("kind", input.kind().name());
        values.put("org", input.organizationId());
        values.put("by", input.orderedById());
        values.put("plan", input.planDocumentId());
        values.put("campaign", input.campaignId());
        values.put(
                "scale",
                json.writeValueAsString(
                        input.scale().stream().map(String::strip).toList()));
        values.put("limit", input.textLimitOrDefault());
        values.put("opens", input.opensAt());
        values.put("closes", input.closesAt());
        values.put("min", input.minResponsesOrDefault());
        values.put("convened", input.convened());
        values.put("present", input.present());
        return values;
    }
}
