package vn.neuguong.directive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;

/** Finding documents: by words, number, type, issuer, term and dates, and by exact number for a link or a basis. */
@Component
class DocumentSearch {

    /** How many documents a picker offers at once; the person types to find the others. */
    static final int CHOICES = 20;

    private final JdbcClient jdbc;

    DocumentSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Criteria(
            String text, String number, String typeCode, Long issuerId, Long termId, LocalDate from, LocalDate to) {

        static Criteria words(String text) {
            return new Criteria(text, null, null, null, null, null, null);
        }
    }

    /** The documents matching the criteria, newest first; words of {@code text} must all occur, accents ignored. */
    Page<DocumentView> search(Criteria criteria, PageRequest request, Visibility visibility) {
        var where = new StringBuilder(visibility.listed("d"));
        var params = new HashMap<String, Object>(visibility.parameters());
        if (criteria.text() != null && !criteria.text().isBlank()) {
            int n = 0;
            for (String word : criteria.text().strip().split("\\s+")) {
                where.append(" AND d.search_text LIKE '%' || fold_vi(:w")
                        .append(n)
                        .append(") || '%'");
                params.put("w" + n++, escapeLike(word));
            }
        }
        if (criteria.number() != null && !criteria.number().isBlank()) {
            where.append(" AND fold_vi(d.number_text) LIKE '%' || fold_vi(:number) || '%'");
            params.put("number", escapeLike(criteria.number().strip()));
        }
        if (criteria.typeCode() != null && !criteria.typeCode().isBlank()) {
            where.append(" AND d.type_code = :type");
            params.put("type", criteria.typeCode());
        }
        if (criteria.issuerId() != null) {
            where.append(" AND d.issuer_id = :issuer");
            params.put("issuer", criteria.issuerId());
        }
        if (criteria.termId() != null) {
            where.append(" AND d.term_id = :term");
            params.put("term", criteria.termId());
        }
        if (criteria.from() != null) {
            where.append(" AND d.issued_on >= :from");
            params.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.append(" AND d.issued_on <= :to");
            params.put("to", criteria.to());
        }
        return page(where, params, request);
    }

    /**
     * The documents the reader may see that carry exactly this number (case and accents ignored), narrowed to one
     * issuer, to one term, and to the term the day {@code on} falls in, as far as given. A number alone is not a key:
     * every committee numbers from 01 in every term, so a bare number may match several documents. For a congress's
     * documents the congress's own days count as its term; for a number without a term (registered from outside, or
     * numbered per year before terms were recorded), its year.
     */
    Page<DocumentView> byNumber(NumberQuery query, PageRequest request, Visibility visibility) {
        var where = new StringBuilder("fold_vi(d.number_text) = fold_vi(:number) AND ").append(visibility.sql("d"));
        var params = new HashMap<String, Object>(visibility.parameters());
        params.put("number", query.number().strip());
        if (query.issuerId() != null) {
            where.append(" AND d.issuer_id = :issuer");
            params.put("issuer", query.issuerId());
        }
        if (query.termId() != null) {
            where.append(" AND d.term_id = :term");
            params.put("term", query.termId());
        }
        if (query.on() != null) {
            where.append(" AND CASE WHEN d.term_id IS NULL THEN d.year = extract(year FROM CAST(:on AS date)) ELSE ")
                    .append(TreeSql.termIncludes("d.term_id", "CAST(:on AS date)", "d.congress"))
                    .append(" END");
            params.put("on", query.on());
        }
        return page(where, params, request);
    }

    /**
     * The one document the number names with its issuer and term; none answers 400 on {@code field}, several answer
     * 400 on the part of the key that is missing ({@code issuerId}, then {@code termId}) with every candidate listed.
     */
    DocumentView resolve(NumberQuery query, String field, Visibility visibility) {
        var matches = byNumber(query, PageRequest.first(CHOICES), visibility);
        if (matches.total() == 0) {
            throw new InvalidInputException(field, "document.basis.notFound");
        }
        if (matches.total() > 1) {
            String missing = query.issuerId() == null ? "issuerId" : query.termId() == null ? "termId" : field;
            String candidates = matches.items().stream()
                    .map(d -> d.label() + " (id " + d.id() + (d.termId() == null ? "" : ", termId " + d.termId()) + ")")
                    .collect(Collectors.joining("; "));
            if (matches.total() > matches.items().size()) {
                candidates += "; … (" + matches.total() + ")";
            }
            throw new InvalidInputException(
                    List.of(new FieldError(missing, "document.number.ambiguous", null, candidates)));
        }
        return matches.items().get(0);
    }

    /** The newest documents the reader may see whose number, issuer or words contain the text: a picker's options. */
    List<DocumentView> choices(String text, Long except, Visibility visibility) {
        var where = new StringBuilder(visibility.listed("d"));
        var params = new HashMap<String, Object>(visibility.parameters());
        if (except != null) {
            where.append(" AND d.id <> :except");
            params.put("except", except);
        }
        if (text != null && !text.isBlank()) {
            int n = 0;
            for (String word : text.strip().split("\\s+")) {
                where.append(" AND d.search_text LIKE '%' || fold_vi(:w")
                        .append(n)
                        .append(") || '%'");
                params.put("w" + n++, escapeLike(word));
            }
        }
        return page(where, params, PageRequest.first(CHOICES)).items();
    }

    /** The documents of these ids that the reader may see: the options a form already holds. */
    List<DocumentView> chosen(List<Long> ids, Visibility visibility) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + DocumentView.COLUMNS + " FROM " + DocumentView.FROM + " WHERE d.id IN (:ids) AND "
                        + visibility.sql("d") + " ORDER BY d.issued_on DESC, d.id DESC")
                .param("ids", ids)
                .params(visibility.parameters())
                .query(DocumentView.class)
                .list();
    }

    private Page<DocumentView> page(CharSequence where, Map<String, Object> params, PageRequest request) {
        long total = jdbc.sql("SELECT count(*) FROM document d WHERE " + where)
                .params(params)
                .query(Long.class)
                .single();
        // the page's documents first, then their columns: the names, terms and signers are looked up for 20
        // documents, not for all of a ward's 2,400 before the sort (260 ms -> 17 ms at 304,200 documents)
        var items = jdbc.sql("SELECT " + DocumentView.COLUMNS + " FROM " + DocumentView.FROM
                        + " WHERE d.id IN (SELECT d.id FROM document d WHERE " + where
                        + " ORDER BY d.issued_on DESC, d.id DESC" + request.limitOffset()
                        + ") ORDER BY d.issued_on DESC, d.id DESC")
                .params(params)
                .query(DocumentView.class)
                .list();
        return Page.of(items, request, total);
    }

    List<DocumentType> types() {
        return jdbc.sql("SELECT code, name_vi, name_en FROM document_type ORDER BY name_vi COLLATE vi_icu")
                .query(DocumentType.class)
                .list();
    }

    /** How many organizations a filter or a form's issuer and recipients list before one types to find the rest. */
    static final int ISSUER_FILTER_SIZE = 200;

    /** The documents' filter's issuers: the scope's first {@link #ISSUER_FILTER_SIZE} in tree order and the chosen. */
    List<OrganizationOption> issuers(Scope scope, Long chosen) {
        return issuers(scope, chosen == null ? List.of() : List.of(chosen), ISSUER_FILTER_SIZE);
    }

    /**
     * The organizations a form offers as issuer, registrar and recipients: the scope's first {@code limit} open ones
     * in tree order and those already chosen that the scope covers, in tree order (the picker searches the rest
     * through {@code /documents/issuers}).
     */
    List<OrganizationOption> issuers(Scope scope, Collection<Long> chosen, int limit) {
        var ids = chosen.stream().filter(Objects::nonNull).distinct().toList();
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS name, o.code, o.kind, o.depth FROM "
                        + TreeSql.organizations() + " o WHERE o.id IN ("
                        + TreeSql.filterChoices(scope.covers("c.path"), limit, "chosen")
                        + ") ORDER BY o.path")
                .param("chosen", ids.isEmpty() ? List.of(0L) : ids)
                .query(OrganizationOption.class)
                .list();
    }

    /** The issuers of the scope whose name or code holds the text, at most 20, in tree order, for the picker. */
    List<OrganizationOption> issuerChoices(Scope scope, String text) {
        return jdbc.sql("SELECT o.id, " + TreeSql.label("o.id") + " AS name, o.code, o.kind, o.depth FROM "
                        + TreeSql.organizations() + " o WHERE o.closed_on IS NULL AND " + scope.covers("o.path")
                        + " AND " + TreeSql.nameMatches("o.id", "text") + " ORDER BY o.path LIMIT 20")
                .param("text", text)
                .query(OrganizationOption.class)
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A number and what narrows it: the issuer, the term, a day of the term. */
    record NumberQuery(String number, Long issuerId, Long termId, LocalDate on) {}

    public record DocumentType(String code, String nameVi, String nameEn) {}

    public record OrganizationOption(long id, String name, String code, String kind, int depth) {}
}
