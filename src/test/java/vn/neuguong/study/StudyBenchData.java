package vn.neuguong.study;

import java.sql.Connection;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.campaign.NationalTree;

/**
 * What {@link StudyBench} loads over the national tree, each in one set-based statement: a launched campaign with one
 * MEMBER_SUBMISSIONS line owed by every cell (due 28/2/2025), its study round, and one study file per member owed
 * to the member's cell. The files' mix differs from cell to cell (a cell's share handed in on time runs from about
 * 40% to 70%): most handed in by the due day, some late, the rest not at all (never started, or a draft).
 */
final class StudyBenchData {

    private StudyBenchData() {}

    /** The bench's campaign when an earlier run loaded the database, else null. */
    static Long loaded(DataSource dataSource) {
        var jdbc = JdbcClient.create(dataSource);
        boolean schema = jdbc.sql("SELECT to_regclass('study_round') IS NOT NULL")
                .query(Boolean.class)
                .single();
        return schema
                ? jdbc.sql("SELECT max(campaign_id) FROM study_round")
                        .query(Long.class)
                        .single()
                : null;
    }

    /** The campaign, its line and the cells' obligations, as a launch writes them; returns the campaign's id. */
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
                        VALUES ('Học tập chuyên đề toàn quốc (bench)', :doc, 1, DATE '2024-12-01', DATE '2025-12-31',
                                'LAUNCHED', DATE '2024-12-02')
                        RETURNING id
                        """).param("doc", document).query(Long.class).single();
        jdbc.sql("INSERT INTO campaign_target (campaign_id, organization_id) VALUES (:c, 1)")
                .param("c", campaignId)
                .update();
        long requirement = jdbc.sql("""
                        INSERT INTO campaign_requirement (campaign_id, position, kind, applies_to, due_on)
                        VALUES (:c, 0, 'MEMBER_SUBMISSIONS', 'CELL', :due) RETURNING id
                        """)
                .param("c", campaignId)
                .param("due", StudyBench.DUE_ON)
                .query(Long.class)
                .single();
        int obligations = jdbc.sql("""
                        INSERT INTO obligation (campaign_id, requirement_id, organization_id, kind, due_on)
                        SELECT :c, :r, id, 'MEMBER_SUBMISSIONS', :due FROM organization WHERE kind = 'CELL'
                        """)
                .param("c", campaignId)
                .param("r", requirement)
                .param("due", StudyBench.DUE_ON)
                .update();
        NationalTree.step(report, "campaign: one MEMBER_SUBMISSIONS line, " + obligations + " cells' obligations", t0);
        return campaignId;
    }

    /**
     * The study round and one file per member, in one INSERT ... SELECT over the members (themselves generated with
     * generate_series), a cell's files side by side as the launch writes them (cell by cell); foreign keys are not checked row by row (session_replication_role = replica) and the
     * secondary indexes are built afterwards, as a bulk load does.
     */
    static void files(DataSource dataSource, long campaignId, StringBuilder report) throws Exception {
        var jdbc = JdbcClient.create(dataSource);
        long t0 = System.nanoTime();
        jdbc.sql("DROP INDEX study_file_member").update();
        jdbc.sql("DROP INDEX study_file_cell").update();
        int files;
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement("""
                        INSERT INTO study_file (campaign_id, member_id, cell_id, due_on, status, reflection_html,
                                                first_submitted_on, submitted_on)
                        SELECT ?, m.id, m.cell_id, ?::date,
                               CASE WHEN x.fate = 'MISSING' THEN (CASE WHEN x.u % 2 = 0 THEN 'DRAFT' ELSE 'NOT_STARTED' END)
                                    WHEN x.u % 5 = 0 THEN 'RETURNED' WHEN x.u % 3 = 0 THEN 'ACCEPTED' ELSE 'SUBMITTED' END,
                               CASE WHEN x.fate <> 'MISSING' OR x.u % 2 = 0 THEN '<p>Bài thu hoạch (bench)</p>' END,
                               x.first, x.first + CASE WHEN x.u % 5 = 0 THEN 7 ELSE 0 END
                        FROM member m
                        CROSS JOIN LATERAL (SELECT (m.id * 2654435761 % 1000003) % 100 AS u,
                                                   (m.cell_id % 7) * 5 AS bias) h
                        CROSS JOIN LATERAL (SELECT h.u,
                                   CASE WHEN h.u < 70 - h.bias THEN 'ON_TIME'
                                        WHEN h.u < 88 - h.bias / 2 THEN 'LATE' ELSE 'MISSING' END AS fate) f0
                        CROSS JOIN LATERAL (SELECT f0.u, f0.fate,
                                   CASE f0.fate WHEN 'ON_TIME' THEN ?::date - (f0.u % 20)::int
                                                WHEN 'LATE' THEN ?::date + 1 + (f0.u % 14)::int END AS first) x
                        ORDER BY m.cell_id, m.id
                        """)) {
            connection.createStatement().execute("SET session_replication_role = replica");
            var due = java.sql.Date.valueOf(StudyBench.DUE_ON);
            statement.setLong(1, campaignId);
            statement.setDate(2, due);
            statement.setDate(3, due);
            statement.setDate(4, due);
            files = statement.executeUpdate();
        }
        jdbc.sql("INSERT INTO study_round (campaign_id, launched_on, members) VALUES (:c, DATE '2024-12-02', :n)")
                .param("c", campaignId)
                .param("n", files)
                .update();
        NationalTree.step(report, "study files: INSERT ... SELECT over the members, " + files + " rows", t0);
        t0 = System.nanoTime();
        jdbc.sql("CREATE INDEX study_file_member ON study_file (member_id)").update();
        jdbc.sql("CREATE INDEX study_file_cell ON study_file (cell_id, campaign_id)")
                .update();
        jdbc.sql("VACUUM ANALYZE organization").update();
        jdbc.sql("VACUUM ANALYZE obligation").update();
        jdbc.sql("VACUUM ANALYZE study_file").update();
        NationalTree.step(report, "study file indexes + VACUUM ANALYZE", t0);
    }
}
