package vn.neuguong.directive;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.organization.CommitteeBody;
import vn.neuguong.organization.CommitteeTerm;
import vn.neuguong.organization.TreeSql;

/** A document as pages and the API show it. {@code external} when registered from outside the tree. */
public record DocumentView(
        long id,
        String number,
        String typeCode,
        String typeNameVi,
        String typeNameEn,
        @Schema(nullable = true) Long issuerId,
        String issuerName,
        @Schema(nullable = true) String issuerCode,
        boolean external,
        LocalDate issuedOn,
        String summary,
        @Schema(nullable = true) String bodyHtml,
        @Schema(nullable = true) Long registeredById,
        @Schema(nullable = true) String registeredByName,
        OffsetDateTime createdAt,
        @Schema(nullable = true) Long termId,
        @Schema(nullable = true) Integer termOrdinal,
        boolean congress,

        @Schema(
                nullable = true,
                description = "Issued by the issuer's standing or executive committee; null: by itself")
        CommitteeBody issuedByBody,

        @Schema(description = "Who issued it in the party's words: \"Ban Thường vụ Quận ủy Long Biên\", or the issuer")
        String issuedBy,

        @Schema(nullable = true) Long signerId,

        @Schema(nullable = true, description = "The signer's name as signed")
        String signerName,

        @Schema(nullable = true, description = "The signer's post on the issue date")
        Title signerTitle,

        @Schema(nullable = true, description = "For whom it is signed: \"T/M BAN THƯỜNG VỤ\", \"T/M QUẬN ỦY\"")
        String signedFor) {

    /** The issuer's name, or for a document from outside the name it was registered with. */
    static final String ISSUER_NAME = "COALESCE(" + TreeSql.name("d.issuer_id") + ", d.external_issuer_name)";

    /** Who issued the document {@code d} in the party's words: its body with the issuer's name, or the issuer. */
    static final String ISSUED_BY = issuedBySql();

    /** The columns of a view over the document {@code d} joined with its type {@code t}, as in {@link #FROM}. */
    static final String COLUMNS =
            """
            d.id, d.number_text AS number, d.type_code, t.name_vi AS type_name_vi, t.name_en AS type_name_en,
            d.issuer_id, %s AS issuer_name, d.issuer_code,
            d.issuer_id IS NULL AS external, d.issued_on, d.summary, d.body_html, d.registered_by_id,
            %s AS registered_by_name, d.created_at, d.term_id, %s AS term_ordinal, d.congress, d.issued_by_body,
            %s AS issued_by, d.signer_id, d.signer_name, d.signer_title, d.signed_for
            """.formatted(ISSUER_NAME, TreeSql.name("d.registered_by_id"), TreeSql.termOrdinal("d.term_id"), ISSUED_BY);

    private static String issuedBySql() {
        var cases = new StringBuilder("CASE d.issued_by_body");
        for (var body : CommitteeBody.values()) {
            cases.append(" WHEN '").append(body.name()).append("' THEN ").append(body.ofSql(ISSUER_NAME));
        }
        return cases.append(" ELSE ").append(ISSUER_NAME).append(" END").toString();
    }

    static final String FROM = "document d JOIN document_type t ON t.code = d.type_code";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The congress ordinal of the term its number belongs to (XXVIII), or null for a number without a term. */
    public String termLabel() {
        return termOrdinal == null ? null : CommitteeTerm.roman(termOrdinal);
    }

    public DocumentSummary toSummary() {
        return new DocumentSummary(id, number, typeCode, issuerId, issuerName, issuedOn, summary);
    }

    /** How a picker names it: number, issuer, date and summary, so that documents of the same number are told apart. */
    public String label() {
        String text = number + " · " + issuerName + " · " + issuedOn.format(DATE) + " · " + summary;
        return text.length() > 160 ? text.substring(0, 159) + "…" : text;
    }
}
