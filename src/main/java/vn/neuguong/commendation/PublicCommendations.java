package vn.neuguong.commendation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;

/**
 * What the public may read of commendations, without signing in: whether a certificate's code was issued and still
 * stands, and the honour roll of an organization's subtree (the exemplary models awarded, with their stories).
 * Nothing internal is read: no nomination on its way, no note of a level, no member's id.
 */
@Component
@Transactional(readOnly = true)
class PublicCommendations {

    private static final String AWARD = "SELECT n.id, " + Nominations.NOMINEE_NAME + " AS nominee_name, n.nominee_kind,"
            + " f.name AS form_name, n.achievement, n.story, " + DocumentSql.numberText("d.document_id")
            + " AS decision_number, d.issued_on, " + TreeSql.name("r.organization_id") + " AS issuer_name, "
            + CampaignSql.title("r.campaign_id") + " AS campaign_title, n.revoked_at, n.revoked_reason"
            + " FROM commendation_nomination n JOIN commendation_decision d ON d.id = n.decision_id"
            + " JOIN commendation_round r ON r.id = n.round_id JOIN commendation_form f ON f.code = n.form_code";

    private final JdbcClient jdbc;

    PublicCommendations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An award as the public reads it. */
    public record Award(
            long id,
            String nomineeName,
            Nomination.NomineeKind nomineeKind,
            String formName,
            String achievement,
            String story,
            String decisionNumber,
            LocalDate issuedOn,
            String issuerName,
            String campaignTitle,
            OffsetDateTime revokedAt,
            String revokedReason) {

        public boolean revoked() {
            return revokedAt != null;
        }
    }

    /** A campaign the honour roll can be narrowed to. */
    public record CampaignChoice(long id, String title) {}

    /** The award whose certificate carries the code (spaces and case ignored), if the system issued it. */
    Optional<Award> verify(String code) {
        String normal = normal(code);
        if (!normal.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")) {
            return Optional.empty();
        }
        return jdbc.sql(AWARD + " WHERE n.code = :code")
                .param("code", normal)
                .query(Award.class)
                .optional();
    }

    /** The code as printed: upper case, groups of four joined by dashes, whatever the reader typed between them. */
    static String normal(String code) {
        String letters = code == null ? "" : code.replaceAll("[^0-9A-Za-z]", "").toUpperCase(Locale.ROOT);
        if (letters.length() != 12) {
            return letters;
        }
        return letters.substring(0, 4) + "-" + letters.substring(4, 8) + "-" + letters.substring(8);
    }

    /** The organization's name, for a heading; not found when there is no such organization. */
    String organizationName(long organizationId) {
        return jdbc.sql("SELECT " + TreeSql.name(":id") + " WHERE " + TreeSql.name(":id") + " IS NOT NULL")
                .param("id", organizationId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", organizationId));
    }

    /**
     * The exemplary models awarded in the organization's subtree (a collective where it stands, an individual where
     * he was nominated), not revoked, of one campaign when it is given: the newest decision first.
     */
    List<Award> honourRoll(long organizationId, Long campaignId) {
        return jdbc.sql(AWARD + " WHERE n.exemplary AND n.revoked_at IS NULL AND "
                        + TreeSql.within("coalesce(n.organization_id, n.nominated_by_id)", ":org")
                        + " AND (CAST(:campaign AS bigint) IS NULL OR r.campaign_id = :campaign)"
                        + " ORDER BY d.issued_on DESC, d.id DESC, n.position")
                .param("org", organizationId)
                .param("campaign", campaignId)
                .query(Award.class)
                .list();
    }

    /** The campaigns with exemplary models on the organization's honour roll. */
    List<CampaignChoice> campaigns(long organizationId) {
        return jdbc.sql("SELECT DISTINCT r.campaign_id AS id, " + CampaignSql.title("r.campaign_id") + " AS title"
                        + " FROM commendation_nomination n JOIN commendation_round r ON r.id = n.round_id"
                        + " WHERE n.exemplary AND n.status = 'AWARDED' AND n.revoked_at IS NULL AND "
                        + TreeSql.within("coalesce(n.organization_id, n.nominated_by_id)", ":org") + " ORDER BY 2")
                .param("org", organizationId)
                .query(CampaignChoice.class)
                .list();
    }
}
