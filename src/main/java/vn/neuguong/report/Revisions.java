package vn.neuguong.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.organization.Scope;

/** The versions of a report as it was handed over and decided, to read side by side. */
@Component
@Transactional(readOnly = true)
class Revisions {

    private static final TypeReference<List<Report.Figure>> FIGURES = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final Reports reports;
    private final JsonMapper json;

    Revisions(JdbcClient jdbc, Reports reports, JsonMapper json) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.json = json;
    }

    @Schema(name = "ReportRevision")
    record Revision(
            int number,
            Report.Status status,
            OffsetDateTime at,
            String byName,
            @Schema(nullable = true) String comment,
            List<Report.Figure> figures) {}

    /** The versions of a report the scope reads (404 otherwise). */
    List<Revision> of(long reportId, Scope scope) {
        return of(reports.get(reportId, scope));
    }

    /** The versions of a report already read in scope. */
    List<Revision> of(Report report) {
        long reportId = report.id();
        return jdbc.sql("""
                        SELECT number, status, at, by_name, comment, figures::text AS figures FROM report_revision
                        WHERE report_id = :report ORDER BY number
                        """)
                .param("report", reportId)
                .query((rs, n) -> new Revision(
                        rs.getInt("number"),
                        Report.Status.valueOf(rs.getString("status")),
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("by_name"),
                        rs.getString("comment"),
                        json.readValue(rs.getString("figures"), FIGURES)))
                .list();
    }
}
