package vn.neuguong.portal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.neuguong.ballot.BallotSql;
import vn.neuguong.commendation.CommendationSql;
import vn.neuguong.meeting.MeetingSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.web.TimeConfiguration;

/**
 * What an article is started from, and the draft it starts as: a meeting held (its day, time, place, the attendance
 * of the hall and the bridge points), a closed ballot round (its turnout only, never a result) or a commendation
 * decision (its number, day and the awards it gives), each one in the caller's scope. The draft is in Vietnamese,
 * the readers' language; staff edit it before it goes out.
 */
@Component
class ArticleSources {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The organization an article about the source belongs to, a title and a body to start from. */
    record Facts(long organizationId, String title, String summary, String bodyHtml, String categorySlug) {}

    private final JdbcClient jdbc;

    ArticleSources(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Facts> facts(Article.SourceKind kind, long id, Scope scope) {
        return switch (kind) {
            case MEETING -> meeting(id, scope);
            case BALLOT_ROUND -> ballotRound(id, scope);
            case COMMENDATION_DECISION -> decision(id, scope);
        };
    }

    /** The draft a source gives, or empty when it is unknown or outside the scope. */
    Optional<ArticleInput.Draft> draft(Article.SourceKind kind, long id, Scope scope) {
        return facts(kind, id, scope)
                .map(f -> new ArticleInput.Draft(
                        f.organizationId(),
                        categoryId(f.categorySlug()),
                        f.title(),
                        f.summary(),
                        f.bodyHtml(),
                        null,
                        null,
                        null,
                        List.of(),
                        kind,
                        id));
    }

    private Optional<Facts> meeting(long id, Scope scope) {
        record Row(
                long hostId,
                String host,
                String title,
                String venue,
                OffsetDateTime startsAt,
                long invited,
                long attended,
                long bridgePoints) {}
        return row(
                        "SELECT m.host_id, " + TreeSql.name("m.host_id") + " AS host, m.title, m.venue, m.starts_at,"
                                + " m.invited, m.attended, m.bridge_points FROM " + MeetingSql.facts() + " m"
                                + " WHERE m.id = :id AND m.status = 'HELD' AND "
                                + scope.coversOrganization("m.host_id"),
                        id,
                        Row.class)
                .map(r -> {
                    var at = r.startsAt().atZoneSameInstant(TimeConfiguration.ZONE);
                    var body = new StringBuilder("<p>Ngày " + DAY.format(at) + ", lúc " + TIME.format(at));
                    if (r.venue() != null) {
                        body.append(", tại ").append(esc(r.venue()));
                    }
                    body.append(", ")
                            .append(esc(r.host()))
                            .append(" tổ chức ")
                            .append(esc(r.title()))
                            .append(".</p>");
                    if (r.invited() > 0) {
                        body.append("<p>Tham dự có ")
                                .append(r.attended())
                                .append('/')
                                .append(r.invited())
                                .append(" đại biểu được triệu tập");
                        if (r.bridgePoints() > 0) {
                            body.append(", tại điểm cầu chính và ")
                                    .append(r.bridgePoints())
                                    .append(" điểm cầu");
                        }
                        body.append(".</p>");
                    }
                    String summary = r.host() + " tổ chức " + r.title() + " ngày " + DAY.format(at) + ".";
                    return new Facts(r.hostId(), r.title(), summary, body.toString(), "tin-hoat-dong");
                });
    }

    private Optional<Facts> ballotRound(long id, Scope scope) {
        record Row(
                long organizationId,
                String organization,
                String title,
                String periodLabel,
                LocalDate closedOn,
                long issued,
                long returned) {}
        return row(
                        "SELECT b.organization_id, " + TreeSql.name("b.organization_id") + " AS organization, b.title,"
                                + " b.period_label, b.closed_on, b.issued, b.returned FROM " + BallotSql.turnouts()
                                + " b WHERE b.id = :id AND b.status = 'CLOSED' AND "
                                + scope.coversOrganization("b.organization_id"),
                        id,
                        Row.class)
                .map(r -> {
                    String rate = r.issued() == 0 ? "" : " (" + Math.round(100.0 * r.returned() / r.issued()) + "%)";
                    String body = "<p>" + esc(r.organization()) + " đã tổ chức " + esc(r.title()) + " ("
                            + esc(r.periodLabel()) + "), kết thúc ngày " + DAY.format(r.closedOn()) + ".</p><p>Đã phát "
                            + r.issued() + " phiếu, thu về " + r.returned() + " phiếu" + rate + ".</p>";
                    return new Facts(
                            r.organizationId(),
                            r.title(),
                            r.organization() + " hoàn thành " + r.title() + ": thu về " + r.returned() + "/"
                                    + r.issued() + " phiếu.",
                            body,
                            "cong-tac-dang");
                });
    }

    private Optional<Facts> decision(long id, Scope scope) {
        record Row(
                long organizationId,
                String organization,
                String roundTitle,
                String number,
                LocalDate issuedOn,
                long collectives,
                long persons) {}
        return row(
                        "SELECT d.organization_id, " + TreeSql.name("d.organization_id") + " AS organization,"
                                + " d.round_title, d.number, d.issued_on, d.collectives, d.persons FROM "
                                + CommendationSql.decisions() + " d WHERE d.id = :id AND "
                                + scope.coversOrganization("d.organization_id"),
                        id,
                        Row.class)
                .map(r -> {
                    String title = r.organization() + " khen thưởng " + r.collectives() + " tập thể, " + r.persons()
                            + " cá nhân tiêu biểu";
                    String body = "<p>Ngày " + DAY.format(r.issuedOn()) + ", " + esc(r.organization())
                            + " ban hành Quyết định số " + esc(r.number()) + " khen thưởng " + r.collectives()
                            + " tập thể và " + r.persons() + " cá nhân trong " + esc(r.roundTitle()) + ".</p>";
                    return new Facts(
                            r.organizationId(),
                            title,
                            title + " (" + r.number() + ").",
                            body,
                            "guong-nguoi-tot-viec-tot");
                });
    }

    /** The newest sources of a kind in scope an article may start from (held meetings, closed rounds, decisions). */
    List<OpinionOptions.Choice> choices(Article.SourceKind kind, Scope scope) {
        String sql = switch (kind) {
            case MEETING ->
                "SELECT m.id AS value, m.title || ' (' || to_char(m.starts_at AT TIME ZONE '"
                        + TimeConfiguration.ZONE.getId() + "', 'DD/MM/YYYY') || ')' AS label FROM " + MeetingSql.facts()
                        + " m WHERE m.status = 'HELD' AND " + scope.coversOrganization("m.host_id")
                        + " ORDER BY m.starts_at DESC LIMIT 50";
            case BALLOT_ROUND ->
                "SELECT b.id AS value, b.title || ' (' || b.period_label || ')' AS label FROM "
                        + BallotSql.turnouts() + " b WHERE b.status = 'CLOSED' AND "
                        + scope.coversOrganization("b.organization_id") + " ORDER BY b.closed_on DESC LIMIT 50";
            case COMMENDATION_DECISION ->
                "SELECT d.id AS value, d.number || ' — ' || d.round_title AS label FROM "
                        + CommendationSql.decisions() + " d WHERE " + scope.coversOrganization("d.organization_id")
                        + " ORDER BY d.issued_on DESC LIMIT 50";
        };
        return jdbc.sql(sql).query(OpinionOptions.Choice.class).list();
    }

    private <T> Optional<T> row(String sql, long id, Class<T> type) {
        return jdbc.sql(sql).param("id", id).query(type).optional();
    }

    private Long categoryId(String slug) {
        return jdbc.sql("SELECT id FROM portal_category WHERE slug = :slug")
                .param("slug", slug)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private static String esc(String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
