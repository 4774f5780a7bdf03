package vn.neuguong.commendation;

import vn.neuguong.directive.DocumentSql;

/**
 * The SQL other modules use to cite a commendation decision in a statement of their own, so that no module but this
 * one names the commendation tables (docs/DESIGN.md, "Module seams"): the portal starts an article from one.
 */
public final class CommendationSql {

    private CommendationSql() {}

    /**
     * A table of the decisions, for a news article; give it an alias. Columns: {@code id}, {@code organization_id}
     * (the committee whose round it closes), {@code round_title}, {@code number} ("12-QĐ/ĐU"), {@code issued_on},
     * {@code signer_post}, {@code signer_name}, {@code collectives} and {@code persons} (the awards it gives, revoked
     * ones left out).
     */
    public static String decisions() {
        return "(SELECT cd_v.id, cr_v.organization_id, cr_v.title AS round_title, "
                + DocumentSql.numberText("cd_v.document_id")
                + " AS number, cd_v.issued_on, cd_v.signer_post, cd_v.signer_name,"
                + " (SELECT count(*) FROM commendation_nomination cn_v WHERE cn_v.decision_id = cd_v.id"
                + " AND cn_v.revoked_at IS NULL AND cn_v.nominee_kind = 'COLLECTIVE') AS collectives,"
                + " (SELECT count(*) FROM commendation_nomination cn_v WHERE cn_v.decision_id = cd_v.id"
                + " AND cn_v.revoked_at IS NULL AND cn_v.nominee_kind <> 'COLLECTIVE') AS persons"
                + " FROM commendation_decision cd_v JOIN commendation_round cr_v ON cr_v.id = cd_v.round_id)";
    }
}
