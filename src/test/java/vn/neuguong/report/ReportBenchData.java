package vn.neuguong.report;

import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.campaign.NationalTree;

/**
 * What {@link ReportBench} loads over the national tree, each in one set-based statement rather than through the
 * application (which would take hours): a launched campaign with a quarterly PERIODIC_REPORT line for every party
 * organization (committees, grassroots committees and cells: each reports to its parent, so the root, a province, a
 * district and a ward all have children who owe), the obligations of its first two quarters of 2025, the campaign's
 * template (two counts, one ratio, one section) and, for the first quarter, a report from most organizations: 90%
 * handed over (a third of those accepted), 5% still drafts, 5% none, each with its four figures, some corrected.
 */
final class ReportBenchData {

    static final String TEMPLATE_TITLE = "Báo cáo kết quả học tập chuyên đề (bench)";
    static final LocalDate QUARTER = LocalDate.of(2025, 1, 1);

    /** The spread of an organization's fate: a number 0–99 drawn from its id. */
    private static final String DRAW = "((o.id * 2654435761 % 1000003) % 100)::int";

    private ReportBenchData() {}

    /** The bench's template when an earlier run loaded the database, else null. */
    static Long loaded(DataSource dataSource) {
        var jdbc = JdbcClient.create(dataSource);
        boolean schema = jdbc.sql("SELECT to_regclass('report_template') IS NOT NULL")
                .query(Boolean.class)
                .single();
        return schema
                ? jdbc.sql("SELECT max(id) FROM report_template WHERE title = :t")
                        .param("t", TEMPLATE_TITLE)
                        .query(Long.class)
                        .single()
                : null;
    }

    /** The campaign, its line, the obligations of two quarters and the template; returns the template's id. */
    static long campaign(DataSource dataSource, StringBuilder report) {
        var jdbc = JdbcClient.create(dataSource);
        long t0 = System.nanoTime();
        long document = jdbc.sql("""
                        INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, number_text, issued_on, summary)
                        VALUES ('KH', 1, 2024, 1, 'TW', '1-KH/TW', DATE '2024-12-01', 'Kế hoạch học tập chuyên đề (bench)')
                        RETURNING id
                        """).query(Long.class).single();
        long campaignId = jdbc.sql("""
                        INSERT INTO campaign (title, directing_document_id, owner_id, starts_on, ends_on, status, launched_on)
                        VALUES ('Học tập chuyên đề năm 2025 (bench)', :doc, 1, DATE '2025-01-01', DATE '2025-12-31',
                                'LAUNCHED', DATE '2024-12-02')
                        RETURNING id
                        """).param("doc", document).query(Long.class).single();
        jdbc.sql("INSERT INTO campaign_target (campaign_id, organization_id) VALUES (:c, 1)")
                .param("c", campaignId)
                .update();
        long requirement =
                jdbc.sql("""
                        INSERT INTO campaign_requirement (campaign_id, position, kind, applies_to, due_on, recurrence,
                                                          opened_through)
                        VALUES (:c, 0, 'PERIODIC_REPORT', 'ALL', DATE '2025-12-31', 'QUARTERLY', DATE '2025-06-30')
                        RETURNING id
                        """).param("c", campaignId).query(Long.class).single();
        // as the launch and the period openings write them: every organization but the owner, one per quarter
        int obligations =
                jdbc.sql("""
                        INSERT INTO obligation (campaign_id, requirement_id, organization_id, kind, due_on,
                                                period_starts_on, period_ends_on, opens_on)
                        SELECT :c, :r, o.id, 'PERIODIC_REPORT', q.ends_on, q.starts_on, q.ends_on, q.starts_on
                        FROM organization o
                        CROSS JOIN (VALUES (DATE '2025-01-01', DATE '2025-03-31'),
                                           (DATE '2025-04-01', DATE '2025-06-30')) q (starts_on, ends_on)
                        WHERE o.id <> 1 AND o.kind IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE', 'CELL')
                        ORDER BY q.starts_on, o.id
                        """).param("c", campaignId).param("r", requirement).update();
        long template = jdbc.sql("""
                        INSERT INTO report_template (title, organization_id, campaign_id, period, due_days)
                        VALUES (:title, 1, :c, 'QUARTER', 10) RETURNING id
                        """)
                .param("title", TEMPLATE_TITLE)
                .param("c", campaignId)
                .query(Long.class)
                .single();
        jdbc.sql("""
                        INSERT INTO report_indicator (template_id, position, label, kind)
                        VALUES (:t, 1, 'Số buổi sinh hoạt chuyên đề đã tổ chức', 'COUNT'),
                               (:t, 2, 'Số đảng viên được khen thưởng', 'COUNT'),
                               (:t, 3, 'Đảng viên tham gia học tập / tổng số đảng viên', 'RATIO'),
                               (:t, 4, 'Kết quả nổi bật và hạn chế', 'TEXT')
                        """).param("t", template).update();
        NationalTree.step(
                report, "campaign: a quarterly PERIODIC_REPORT line, " + obligations + " obligations (2 quarters)", t0);
        return template;
    }

    /**
     * The first quarter's reports and their figures; a handed-over report fulfils its obligation on its day, as the
     * submission's event does. Then VACUUM ANALYZE, as after any bulk load.
     */
    static void reports(DataSource dataSource, long templateId, StringBuilder report) {
        var jdbc = JdbcClient.create(dataSource);
        long t0 = System.nanoTime();
        int reports = jdbc.sql("""
                        INSERT INTO report (template_id, organization_id, period_starts_on, period_ends_on, due_on,
                                            obligation_id, status, submitted_on, signed_by, number_text)
                        SELECT :t, ob.organization_id, ob.period_starts_on, ob.period_ends_on, ob.due_on, ob.id,
                               s.status, s.submitted_on, CASE WHEN s.submitted_on IS NOT NULL THEN 'Bí thư (bench)' END,
                               CASE WHEN s.submitted_on IS NOT NULL THEN ob.organization_id || '-BC' END
                        FROM obligation ob
                        JOIN organization o ON o.id = ob.organization_id
                        CROSS JOIN LATERAL (SELECT %1$s AS u) d
                        CROSS JOIN LATERAL (SELECT CASE WHEN d.u < 30 THEN 'ACCEPTED' WHEN d.u < 90 THEN 'SUBMITTED'
                                                        ELSE 'DRAFT' END AS status,
                                                   CASE WHEN d.u < 90 THEN DATE '2025-03-20' + d.u %% 20 END
                                                       AS submitted_on) s
                        WHERE ob.campaign_id = (SELECT campaign_id FROM report_template WHERE id = :t)
                          AND ob.period_starts_on = :q AND d.u < 95
                        ORDER BY ob.organization_id
                        """.formatted(DRAW))
                .param("t", templateId)
                .param("q", QUARTER)
                .update();
        int values = jdbc.sql("""
                        INSERT INTO report_value (report_id, indicator_id, proposed, proposed_denominator, value,
                                                  denominator, text, reason)
                        SELECT r.id, i.id,
                               CASE i.kind WHEN 'TEXT' THEN NULL
                                           ELSE f.value + CASE WHEN f.corrected THEN 1 ELSE 0 END END,
                               f.denominator,
                               CASE WHEN i.kind <> 'TEXT' THEN f.value END, f.denominator,
                               CASE WHEN i.kind = 'TEXT' THEN 'Các chi bộ tổ chức học tập đầy đủ (bench).' END,
                               CASE WHEN f.corrected THEN 'Rà soát lại theo sổ sinh hoạt (bench)' END
                        FROM report r
                        JOIN organization o ON o.id = r.organization_id
                        JOIN report_indicator i ON i.template_id = r.template_id
                        CROSS JOIN LATERAL (SELECT %1$s AS u, 20 + o.id %% 15 AS members) d
                        CROSS JOIN LATERAL (SELECT CASE i.position WHEN 1 THEN 1 + d.u %% 3 WHEN 2 THEN d.u %% 4
                                                                   ELSE d.members - d.u %% 5 END AS value,
                                                   CASE WHEN i.kind = 'RATIO' THEN d.members END AS denominator,
                                                   i.position = 1 AND d.u %% 10 = 3 AS corrected) f
                        WHERE r.template_id = :t
                        ORDER BY r.id, i.id
                        """.formatted(DRAW)).param("t", templateId).update();
        int fulfilled = jdbc.sql("""
                        UPDATE obligation ob SET fulfilled_on = r.submitted_on, fulfilled_by = 'bench',
                               note = 'Báo cáo ' || r.number_text
                        FROM report r
                        WHERE r.template_id = :t AND r.submitted_on IS NOT NULL AND ob.id = r.obligation_id
                        """).param("t", templateId).update();
        NationalTree.step(
                report,
                "reports of Q1/2025: " + reports + " reports, " + values + " figures, " + fulfilled + " handed over",
                t0);
        t0 = System.nanoTime();
        for (var table : new String[] {"organization", "obligation", "report", "report_value"}) {
            jdbc.sql("VACUUM ANALYZE " + table).update();
        }
        NationalTree.step(report, "VACUUM ANALYZE", t0);
    }
}
