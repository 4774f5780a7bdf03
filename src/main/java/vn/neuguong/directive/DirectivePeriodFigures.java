package vn.neuguong.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.PeriodFigures;
import vn.neuguong.web.TimeConfiguration;

/**
 * The documents of a subtree over a period, for the periodic report: those its organizations issued, those sent to
 * them, and those its members opened and marked studied. Only what the registry records is counted: a reading is a
 * member's (the first opening, then the mark "studied"), never an organization's acknowledgement, which the registry
 * does not keep. Readers count at the cell they belong to now, with the tree as it stands today.
 */
@Component
class DirectivePeriodFigures implements PeriodFigures {

    static final List<String> KEYS = List.of(
            "directive.documentsIssued",
            "directive.documentsReceived",
            "directive.documentsRead",
            "directive.documentsStudied");

    /** Timestamps are dated by the offices' day, not the server's. */
    private static String day(String timestamp) {
        return "CAST((" + timestamp + " AT TIME ZONE '" + TimeConfiguration.ZONE.getId() + "') AS date)";
    }

    private static final String SQL = "WITH s(id) AS " + TreeSql.subtreeIds(":organizationId")
            + " SELECT (SELECT count(*) FROM document d WHERE d.issuer_id IN (SELECT id FROM s)"
            + " AND d.issued_on BETWEEN :from AND :to) AS \"directive.documentsIssued\","
            + " (SELECT count(*) FROM document_recipient dr WHERE dr.organization_id IN (SELECT id FROM s) AND "
            + day("dr.received_at") + " BETWEEN :from AND :to) AS \"directive.documentsReceived\","
            + " (SELECT count(*) FROM document_read r WHERE " + MemberSql.cellOf("r.member_id")
            + " IN (SELECT id FROM s) AND " + day("r.read_at") + " BETWEEN :from AND :to)"
            + " AS \"directive.documentsRead\","
            + " (SELECT count(*) FROM document_read r WHERE " + MemberSql.cellOf("r.member_id")
            + " IN (SELECT id FROM s) AND " + day("r.studied_at") + " BETWEEN :from AND :to)"
            + " AS \"directive.documentsStudied\"";

    private final JdbcClient jdbc;

    DirectivePeriodFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * {@code documentsIssued}: documents issued in the system by an organization of the subtree, dated by their issue
     * day (registered copies of outside documents are not issued here). {@code documentsReceived}: deliveries to an
     * organization of the subtree (one per document and recipient), dated by the day it reached the inbox. {@code
     * documentsRead}: documents a member of the subtree's cells first opened in the period, one per document and
     * member. {@code documentsStudied}: the same, marked studied in the period.
     */
    @Override
    public List<String> keys() {
        return KEYS;
    }

    @Override
    public Map<String, Long> count(long organizationId, LocalDate from, LocalDate to) {
        return PeriodFigures.counted(jdbc, SQL, KEYS, organizationId, from, to);
    }
}
