package vn.neuguong.bench;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.organization.Scope;

/**
 * The pages {@link PagesHttpBench} reads, each with the bare SQL of its main statement: the list's page and its
 * count, written by hand with the scope's condition as the modules write it (bound as {@code :account} for the
 * reader's own account), without the HTTP request, the rendering or the other statements of the page.
 */
final class PagesHttpStatements {

    private PagesHttpStatements() {}

    /** Path → bare SQL, in the order of the table. */
    static Map<String, String> pages(Scope scope, long accountId) {
        var members = scope.coversOrganization("m.cell_id");
        // the lists' forms of the modules' conditions (Visibility.listed, Campaigns.listed): ids from the indexes
        var documents = scope.unrestricted()
                ? "TRUE"
                : "d.id IN (SELECT vr.id FROM document vr WHERE vr.issuer_id IS NULL AND "
                        + scope.coversOrganization("vr.registered_by_id")
                        + " UNION SELECT vi.id FROM document vi WHERE vi.issuer_id IN (SELECT unnest(ARRAY("
                        + scope.organizationsOrAbove() + "))) UNION SELECT vd.document_id FROM document_recipient vd"
                        + " WHERE " + scope.coversOrganization("vd.organization_id") + ")";
        var campaigns = scope.unrestricted()
                ? "TRUE"
                : "c.id IN (SELECT vc.id FROM campaign vc WHERE " + scope.coversOrganization("vc.owner_id")
                        + " UNION SELECT vt.campaign_id FROM campaign_target vt WHERE vt.organization_id IN (SELECT"
                        + " unnest(ARRAY(" + scope.organizationsOrAbove() + "))))";
        var audit = scope.unrestricted()
                ? "TRUE"
                : "a.organization_path IS NOT NULL AND " + scope.covers("a.organization_path");
        var notifications = "n.account_id = " + accountId + " AND n.in_app";
        var pages = new LinkedHashMap<String, String>();
        pages.put("/members", paged("m.id, m.full_name", "member m", members, "m.full_name COLLATE vi_icu, m.id"));
        pages.put(
                "/api/v1/members", paged("m.id, m.full_name", "member m", members, "m.full_name COLLATE vi_icu, m.id"));
        pages.put(
                "/organizations",
                "SELECT o.id, o.name FROM organization o WHERE " + scope.covers("o.path") + " AND NOT EXISTS (SELECT 1"
                        + " FROM organization p WHERE p.id = o.parent_id AND " + scope.covers("p.path") + ")");
        pages.put("/api/v1/organizations", paged("o.id, o.name", "organization o", scope.covers("o.path"), "o.path"));
        pages.put(
                "/documents",
                paged("d.id, d.number_text, d.summary", "document d", documents, "d.issued_on DESC, d.id DESC"));
        pages.put(
                "/api/v1/documents",
                paged("d.id, d.number_text, d.summary", "document d", documents, "d.issued_on DESC, d.id DESC"));
        pages.put("/campaigns", paged("c.id, c.title", "campaign c", campaigns, "c.starts_on DESC, c.id DESC"));
        pages.put("/api/v1/campaigns", paged("c.id, c.title", "campaign c", campaigns, "c.starts_on DESC, c.id DESC"));
        // a scope's entries gathered, then sorted, as AuditEntries does for up to 10,000 of them
        String auditFrom = scope.unrestricted()
                ? "audit_log a"
                : "(SELECT a.id, a.actor, a.entity_id, a.occurred_at FROM audit_log a WHERE " + audit + " OFFSET 0) a";
        String auditPage = paged("a.id, a.actor, a.entity_id", auditFrom, "TRUE", "a.occurred_at DESC, a.id DESC");
        pages.put("/audit", auditPage);
        pages.put("/api/v1/audit", auditPage);
        pages.put(
                "/notifications",
                paged(
                        "n.id, n.title",
                        "notification n",
                        notifications,
                        "n.read_at IS NOT NULL, n.created_at DESC, n.id DESC"));
        pages.put(
                "/api/v1/notifications",
                paged(
                        "n.id, n.title",
                        "notification n",
                        notifications,
                        "n.read_at IS NOT NULL, n.created_at DESC, n.id DESC"));
        return pages;
    }

    /** The member search's statement as the roster runs it: the matches once, counted and paged. */
    static String search(Scope scope, String q) {
        String literal = "'%" + q.replace("'", "''") + "%'";
        return "WITH hits AS MATERIALIZED (SELECT m.id, m.full_name FROM member m WHERE "
                + scope.coversOrganization("m.cell_id") + " AND m.search_text LIKE " + literal + ")"
                + " SELECT h.id, h.full_name, (SELECT count(*) FROM hits) FROM hits h"
                + " ORDER BY h.full_name COLLATE vi_icu, h.id LIMIT 20";
    }

    /** A page of 20 and the count, as two statements. */
    private static String paged(String columns, String from, String where, String order) {
        return "SELECT " + columns + " FROM " + from + " WHERE " + where + " ORDER BY " + order + " LIMIT 20;"
                + "SELECT count(*) FROM " + from + " WHERE " + where;
    }

    /** Each statement of {@code sql} (split at ";") run {@code runs} times after one unmeasured run: times in ms. */
    static double[] time(JdbcClient jdbc, String sql, int runs) {
        var params = new HashMap<String, Object>();
        var statements = sql.split(";");
        double[] times = new double[runs];
        for (int i = -1; i < runs; i++) {
            long t0 = System.nanoTime();
            for (var statement : statements) {
                jdbc.sql(statement).params(params).query().listOfRows();
            }
            if (i >= 0) {
                times[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        java.util.Arrays.sort(times);
        return times;
    }
}
