package vn.neuguong.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/**
 * Reads interim and final reviews, for the scope that covers the committee (anyone else: as if it did not exist). A
 * draft's figures are what the committee's subtree recorded in the period so far; an issued review's are kept as
 * issued (keys and values) and labelled in the reader's language.
 */
@Component
// not read-only: counting a draft's figures may first fix a campaign's study audience (StudyAudience.fixPending)
@Transactional
class Reviews {

    private static final TypeReference<List<Review.Figure>> FIGURES = new TypeReference<>() {};

    private static final String SELECT = "SELECT v.*, " + CampaignSql.title("v.campaign_id") + " AS campaign_title, "
            + TreeSql.name("v.organization_id") + " AS organization_name, " + DocumentSql.numberText("v.document_id")
            + " AS document_number, v.figures::text AS issued_figures FROM report_review v";

    private final JdbcClient jdbc;
    private final ReportFigures figures;
    private final MessageSource messages;
    private final JsonMapper json;

    Reviews(JdbcClient jdbc, ReportFigures figures, MessageSource messages, JsonMapper json) {
        this.jdbc = jdbc;
        this.figures = figures;
        this.messages = messages;
        this.json = json;
    }

    Review get(long id, Scope scope) {
        return find(id, scope).orElseThrow(() -> new NotFoundException("Review", id));
    }

    Optional<Review> find(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE v.id = :id AND " + scope.coversOrganization("v.organization_id"))
                .param("id", id)
                .query((rs, n) -> row(rs, true))
                .optional();
    }

    /** The reviews of the committees in the scope, the latest period first. */
    Page<Review> list(Scope scope, PageRequest request) {
        String where = " WHERE " + scope.coversOrganization("v.organization_id");
        long total = jdbc.sql("SELECT count(*) FROM report_review v" + where)
                .query(Long.class)
                .single();
        // a draft's figures are counted over its whole subtree: a list shows them only once issued
        var items = jdbc.sql(SELECT + where + " ORDER BY v.period_ends_on DESC, v.id DESC" + request.limitOffset())
                .query((rs, n) -> row(rs, false))
                .list();
        return Page.of(items, request, total);
    }

    /** A review of the row; a draft's figures counted now when {@code counted}, else none until it is issued. */
    private Review row(ResultSet rs, boolean counted) throws SQLException {
        var start = rs.getObject("period_starts_on", LocalDate.class);
        var end = rs.getObject("period_ends_on", LocalDate.class);
        long id = rs.getLong("id");
        long organization = rs.getLong("organization_id");
        String issued = rs.getString("issued_figures");
        Locale locale = LocaleContextHolder.getLocale();
        List<Review.Figure> figures = issued != null
                ? json.readValue(issued, FIGURES).stream()
                        .map(f -> figure(f.key(), f.value(), locale))
                        .toList()
                : counted ? live(organization, start, end, locale) : List.of();
        return new Review(
                id,
                rs.getLong("campaign_id"),
                rs.getString("campaign_title"),
                organization,
                rs.getString("organization_name"),
                Review.Kind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                start,
                end,
                rs.getString("conclusions"),
                Review.Status.valueOf(rs.getString("status")),
                (Long) rs.getObject("document_id"),
                rs.getString("document_number"),
                rs.getObject("issued_on", LocalDate.class),
                figures,
                exemplars(id),
                rs.getInt("version"));
    }

    private List<Review.Exemplar> exemplars(long reviewId) {
        return jdbc.sql("""
                        SELECT kind, name, achievement FROM report_review_exemplar WHERE review_id = :id
                        ORDER BY position
                        """)
                .param("id", reviewId)
                .query((rs, n) -> new Review.Exemplar(
                        Review.Exemplars.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        rs.getString("achievement")))
                .list();
    }

    private List<Review.Figure> live(long organization, LocalDate start, LocalDate end, Locale locale) {
        var keys = figures.keys();
        var counted = figures.count(organization, start, end, keys);
        return keys.stream()
                .map(key -> figure(key, counted.getOrDefault(key, 0L), locale))
                .toList();
    }

    /** A figure labelled in the reader's language: the labels are messages, never stored. */
    private Review.Figure figure(String key, long value, Locale locale) {
        return new Review.Figure(key, messages.getMessage("figure." + key, null, key, locale), value);
    }
}
