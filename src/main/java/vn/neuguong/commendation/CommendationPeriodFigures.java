package vn.neuguong.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PeriodFigures;

/**
 * The awards of a subtree over a period, for the periodic reports and the reviews: collectives and individuals
 * awarded by a decision issued in the period, by form, and the exemplary models among them. A collective counts
 * where it stands, an individual at the organization that nominated him (his cell, mostly), with the tree as it
 * stands today; a revoked award is not counted.
 */
@Component
class CommendationPeriodFigures implements PeriodFigures {

    static final List<String> KEYS = List.of(
            "commendation.collectivesAwarded",
            "commendation.individualsAwarded",
            "commendation.praised",
            "commendation.certificatesOfMerit",
            "commendation.diplomasOfMerit",
            "commendation.exemplaryModels");

    private static final String SQL = "WITH s(id) AS " + TreeSql.subtreeIds(":organizationId")
            + ", a AS (SELECT n.nominee_kind, n.form_code, n.exemplary FROM commendation_nomination n"
            + " JOIN commendation_decision d ON d.id = n.decision_id WHERE d.issued_on BETWEEN :from AND :to"
            + " AND n.revoked_at IS NULL AND coalesce(n.organization_id, n.nominated_by_id) IN (SELECT id FROM s))"
            + " SELECT count(*) FILTER (WHERE nominee_kind = 'COLLECTIVE') AS \"commendation.collectivesAwarded\","
            + " count(*) FILTER (WHERE nominee_kind <> 'COLLECTIVE') AS \"commendation.individualsAwarded\","
            + " count(*) FILTER (WHERE form_code = 'PRAISE') AS \"commendation.praised\","
            + " count(*) FILTER (WHERE form_code = 'CERTIFICATE_OF_MERIT') AS \"commendation.certificatesOfMerit\","
            + " count(*) FILTER (WHERE form_code = 'DIPLOMA_OF_MERIT') AS \"commendation.diplomasOfMerit\","
            + " count(*) FILTER (WHERE exemplary) AS \"commendation.exemplaryModels\" FROM a";

    private final JdbcClient jdbc;

    CommendationPeriodFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> keys() {
        return KEYS;
    }

    @Override
    public Map<String, Long> count(long organizationId, LocalDate from, LocalDate to) {
        return PeriodFigures.counted(jdbc, SQL, KEYS, organizationId, from, to);
    }
}
