package vn.neuguong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.neuguong.BenchConnections;
import vn.neuguong.RecordedAuditLog;
import vn.neuguong.campaign.NationalTree;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.PeriodFigures;
import vn.neuguong.web.PartyDocx;
import vn.neuguong.web.PartyPdf;

/**
 * The aggregation of one quarter's reports at national scale, and the time to print a long report. Loads the tree
 * of {@link NationalTree} (about 300,000 organizations) in the database {@code BENCH_DB_URL} names (bench/report/run.sh
 * creates it) with the reports of {@link ReportBenchData}, then times {@link Aggregations#of} (who of the node's
 * children owe the quarter's report, who handed it over, the handed-over figures summed) beside the bare SQL that
 * gives the same sums and the same missing children, at the root, a province, a district and a ward; median of
 * several runs each, on one open connection planned as the application plans. Then times {@link PartyDocx#docx} and
 * {@link PartyPdf#pdf} on a 30-page report ({@link ReportBenchDocument}). {@code BENCH_SCALE} scales the tree; with
 * {@code BENCH_KEEP=1} a database loaded before is timed again.
 *
 * <p>Not part of the build: the name does not match the test includes, it runs only when asked by name.
 */
class ReportBench {

    static final int RUNS = 5;

    /**
     * The same answer written by hand: the node's children that owe the quarter's report, the figures of those who
     * handed it over summed per indicator, and the ones who did not. A row is either a sum or a missing child.
     */
    static final String BARE_SQL = """
            WITH expected AS (
                SELECT c.id FROM organization c
                WHERE c.parent_id = :parent AND c.closed_on IS NULL
                  AND EXISTS (SELECT 1 FROM obligation ob
                              WHERE ob.organization_id = c.id AND ob.campaign_id = :campaign
                                AND ob.kind = 'PERIODIC_REPORT' AND ob.period_starts_on = :start)
            ), handed AS (
                SELECT r.id, r.organization_id FROM report r JOIN expected e ON e.id = r.organization_id
                WHERE r.template_id = :template AND r.period_starts_on = :start
                  AND r.status IN ('SUBMITTED', 'ACCEPTED')
            )
            SELECT v.indicator_id, NULL::bigint AS missing, sum(v.value)::bigint AS value,
                   sum(v.denominator)::bigint AS denominator
            FROM handed h JOIN report_value v ON v.report_id = h.id
            GROUP BY v.indicator_id
            UNION ALL
            SELECT NULL, e.id, NULL, NULL FROM expected e WHERE e.id NOT IN (SELECT organization_id FROM handed)
            """;

    /** What {@link #BARE_SQL} answers: the sums by indicator (numerator, denominator) and the missing children. */
    record Bare(Map<Long, Proposals.Proposal> sums, Set<Long> missing) {}

    @Test
    void aggregationAndRenderAtNationalScale() throws Exception {
        String url = System.getenv("BENCH_DB_URL");
        assertThat(url).as("BENCH_DB_URL (run bench/report/run.sh)").isNotBlank();
        String user = System.getenv().getOrDefault("BENCH_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("BENCH_DB_PASSWORD", "");
        DataSource dataSource = new DriverManagerDataSource(url, user, password);
        var report = new StringBuilder();
        Long loaded = ReportBenchData.loaded(dataSource);
        long templateId;
        if (loaded == null) {
            NationalTree.load(dataSource, report);
            templateId = ReportBenchData.campaign(dataSource, report);
            ReportBenchData.reports(dataSource, templateId, report);
        } else {
            templateId = loaded;
            // a migration added since the load (an index) reaches the kept data too
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            report.append("data loaded by an earlier run (BENCH_KEEP=1), template ")
                    .append(templateId)
                    .append('\n');
        }

        // one open connection for the timings, as the application's pool keeps them
        var connection = BenchConnections.timing(url, user, password);
        report.append("plans: ").append(BenchConnections.planning()).append('\n');
        var jdbc = JdbcClient.create(connection);
        // the aggregation reads no module's figures: an empty set of them
        var figures = new ReportFigures(new StaticListableBeanFactory().getBeanProvider(PeriodFigures.class));
        var aggregations = new Aggregations(
                jdbc,
                new ReportTemplates(jdbc, figures, new RecordedAuditLog()),
                new Proposals(jdbc, new Reports(jdbc), figures),
                new Reports(jdbc));
        long campaignId = jdbc.sql("SELECT campaign_id FROM report_template WHERE id = :id")
                .param("id", templateId)
                .query(Long.class)
                .single();
        var start = ReportBenchData.QUARTER;
        report.append(String.format(
                "%n%-36s %8s %8s %8s %12s %12s %8s%n",
                "aggregation of Q1/2025 at", "expected", "handed", "missing", "app median", "bare median", "app/bare"));
        long district = 2L + NationalTree.PROVINCES;
        String[] levels = {"root", "province", "district", "ward"};
        long[] nodes = {1, 2, district, NationalTree.firstWard()};
        for (int n = 0; n < nodes.length; n++) {
            long node = nodes[n];
            var scope = Scope.below(node);
            var app = new Aggregation[1];
            double appMs = median(() -> {
                app[0] = aggregations.of(templateId, node, start, scope);
                return app[0].expected();
            });
            var bare = new Bare[1];
            double bareMs = median(() -> {
                bare[0] = bare(jdbc, templateId, campaignId, node, start);
                return bare[0].missing().size();
            });
            check(app[0], bare[0]);
            report.append(String.format(
                    "%-36s %8d %8d %8d %9.1f ms %9.1f ms %7.1f×%n",
                    levels[n] + " (" + app[0].organizationName() + ")",
                    app[0].expected(),
                    app[0].handedOver(),
                    app[0].missing(),
                    appMs,
                    bareMs,
                    appMs / bareMs));
        }
        render(report);
        report.insert(
                0,
                String.format(
                        "scale %.2f: %d organizations, %d obligations, %d reports, %d figures%n",
                        NationalTree.SCALE,
                        NationalTree.count(jdbc, "organization"),
                        NationalTree.count(jdbc, "obligation"),
                        NationalTree.count(jdbc, "report"),
                        NationalTree.count(jdbc, "report_value")));
        connection.destroy();
        System.out.println("\n==== Report bench ====\n" + report);
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "report-bench.txt"), report.toString());
    }

    static Bare bare(JdbcClient jdbc, long templateId, long campaignId, long parent, LocalDate start) {
        var sums = new HashMap<Long, Proposals.Proposal>();
        var missing = new HashSet<Long>();
        jdbc.sql(BARE_SQL)
                .params(Map.of("template", templateId, "campaign", campaignId, "parent", parent, "start", start))
                .query(rs -> {
                    if (rs.getObject("missing") != null) {
                        missing.add(rs.getLong("missing"));
                    } else {
                        sums.put(rs.getLong("indicator_id"), new Proposals.Proposal((Long) rs.getObject("value"), (Long)
                                rs.getObject("denominator")));
                    }
                });
        return new Bare(sums, missing);
    }

    /** Both give the same sums and the same missing children, and the node has children who owe. */
    static void check(Aggregation app, Bare bare) {
        assertThat(app.expected()).as("children who owe").isPositive();
        for (var total : app.totals()) {
            var sum = bare.sums().getOrDefault(total.indicatorId(), new Proposals.Proposal(null, null));
            assertThat(total.value()).as(total.label()).isEqualTo(sum.value());
            assertThat(total.denominator()).as(total.label()).isEqualTo(sum.denominator());
        }
        assertThat(app.children().stream().filter(c -> !c.handedOver()).map(Aggregation.Child::organizationId))
                .containsExactlyInAnyOrderElementsOf(bare.missing());
    }

    /** The DOCX and the PDF of the long report, median of {@link #RUNS} runs after a warm-up each. */
    static void render(StringBuilder report) throws Exception {
        var document = ReportBenchDocument.of();
        var docx = new byte[1][];
        var pdf = new byte[1][];
        double docxMs = median(() -> (docx[0] = PartyDocx.docx(document)).length);
        double pdfMs = median(() -> (pdf[0] = PartyPdf.pdf(document)).length);
        int pages;
        try (var read = Loader.loadPDF(pdf[0])) {
            pages = read.getNumberOfPages();
        }
        report.append(String.format(
                "%nrender of a report (%d figures, %d sections of %d paragraphs): %d PDF pages%n",
                ReportBenchDocument.FIGURES, ReportBenchDocument.SECTIONS, ReportBenchDocument.PARAGRAPHS, pages));
        report.append(String.format("%-36s %9.1f ms %,12d bytes%n", "PartyDocx.docx", docxMs, docx[0].length));
        report.append(String.format("%-36s %9.1f ms %,12d bytes%n", "PartyPdf.pdf", pdfMs, pdf[0].length));
    }

    /** Median wall time in milliseconds of {@link #RUNS} runs, after one warm-up run. */
    static double median(Supplier<Integer> run) {
        run.get();
        var times = new ArrayList<Double>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            run.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        return times.get(RUNS / 2);
    }
}
