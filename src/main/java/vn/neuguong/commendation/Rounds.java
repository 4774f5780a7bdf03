package vn.neuguong.commendation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.shared.FieldErrors;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * Rounds of commendation: opened by the staff of the deciding organization, seen by everyone whose scope lies in its
 * subtree (they nominate to it) or above it.
 */
@Component
@Transactional
class Rounds {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private static final String SELECT = "SELECT r.*, " + CampaignSql.title("r.campaign_id") + " AS campaign_title, "
            + TreeSql.name("r.organization_id") + " AS organization_name,"
            + " (SELECT count(*) FROM commendation_nomination n WHERE n.round_id = r.id) AS nominations,"
            + " (SELECT count(*) FROM commendation_nomination n WHERE n.round_id = r.id AND n.status = 'APPROVED')"
            + " AS approved,"
            + " (SELECT count(*) FROM commendation_nomination n WHERE n.round_id = r.id AND n.status = 'AWARDED')"
            + " AS awarded FROM commendation_round r";

    private final JdbcClient jdbc;
    private final Organizations organizations;
    private final Levels levels;
    private final AuditLog audit;
    private final Clock clock;

    Rounds(JdbcClient jdbc, Organizations organizations, Levels levels, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.levels = levels;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Round get(long id, Scope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("CommendationRound", id));
    }

    /** The round, if the scope lies in the deciding organization's subtree or above it. */
    @Transactional(readOnly = true)
    Optional<Round> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE r.id = :id AND " + scope.coversOrAbove("r.organization_id"))
                .param("id", id)
                .query(this::row)
                .optional();
    }

    /** The rounds the scope may see, the latest closing first. */
    @Transactional(readOnly = true)
    Page<Round> list(Scope scope, PageRequest request) {
        String where = " WHERE " + scope.coversOrAbove("r.organization_id");
        long total = jdbc.sql("SELECT count(*) FROM commendation_round r" + where)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + where + " ORDER BY r.closes_on DESC, r.id DESC" + request.limitOffset())
                .query(this::row)
                .list();
        return Page.of(items, request, total);
    }

    /** Opens a round for an organization in the actor's scope that commends, for a campaign that exists. */
    Round create(Round.Input input, Actor actor) {
        var errors = new FieldErrors();
        var scope = Scope.of(actor);
        var organization = organizations.find(input.organizationId(), scope).orElse(null);
        if (organization == null) {
            errors.add("organizationId", "commendation.organization.outside");
        } else if (levels.of(organization).isEmpty()) {
            errors.add("organizationId", "commendation.organization.doesNotCommend");
        }
        if (!jdbc.sql("SELECT " + CampaignSql.exists(":c"))
                .param("c", input.campaignId())
                .query(Boolean.class)
                .single()) {
            errors.add("campaignId", "commendation.campaign.unknown");
        }
        if (input.closesOn().isBefore(LocalDate.of(2000, 1, 1))
                || input.closesOn().isAfter(LocalDate.now(clock).plusYears(5))) {
            errors.add("closesOn", "validation.invalid");
        }
        errors.throwIfAny();
        long id = jdbc.sql("""
                        INSERT INTO commendation_round (campaign_id, organization_id, title, closes_on)
                        VALUES (:campaign, :organization, :title, :closes) RETURNING id
                        """)
                .param("campaign", input.campaignId())
                .param("organization", input.organizationId())
                .param("title", input.title().strip())
                .param("closes", input.closesOn())
                .query(Long.class)
                .single();
        var created = get(id, Scope.everything());
        audit.created("CommendationRound", id, created.organizationId(), created);
        return created;
    }

    private Round row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long organization = rs.getLong("organization_id");
        return new Round(
                rs.getLong("id"),
                rs.getLong("campaign_id"),
                rs.getString("campaign_title"),
                organization,
                rs.getString("organization_name"),
                levels.of(organization).orElse(null),
                rs.getString("title"),
                rs.getObject("closes_on", LocalDate.class),
                rs.getLong("nominations"),
                rs.getLong("approved"),
                rs.getLong("awarded"),
                rs.getInt("version"));
    }
}
