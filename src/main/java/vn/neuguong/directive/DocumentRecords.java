package vn.neuguong.directive;

import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.directive.DocumentChecks.Issuer;
import vn.neuguong.directive.DocumentSignatures.Signature;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.shared.AuditLog;
import vn.neuguong.web.RichText;

/**
 * Writes a checked, numbered document with its bases and recipients, audits it and announces it ({@link
 * DocumentIssued}), in the caller's transaction.
 */
@Component
class DocumentRecords {

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    DocumentRecords(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /**
     * What is written.
     *
     * @param issuerId null for a document from outside, which carries {@code externalIssuerName} instead
     * @param registeredById the organization that registered a document from outside
     */
    record Entry(
            DocumentNumber number,
            String printedNumber,
            Long issuerId,
            String issuerName,
            boolean external,
            Long registeredById,
            boolean congress,
            LocalDate issuedOn,
            String summary,
            String bodyHtml,
            List<Long> basisIds,
            List<Long> recipientIds,
            Signature signature) {

        /** A document issued in the system: its issuer's, or its body's in the party's words, with its signature. */
        static Entry issued(DocumentNumber number, Issuer issuer, NewDocument input, Signature signature) {
            return new Entry(
                    number,
                    number.text(),
                    issuer.id(),
                    signature.body() == null ? issuer.name() : signature.body().of(issuer.name()),
                    false,
                    null,
                    input.byCongress(),
                    input.issuedOn(),
                    input.summary(),
                    input.bodyHtml(),
                    input.basisIds(),
                    input.recipientIds(),
                    signature);
        }
    }

    DocumentView write(Entry entry, Long auditOrganizationId) {
        var signature = entry.signature();
        String body = sanitize(entry.bodyHtml());
        String typeName = jdbc.sql("SELECT name_vi || ' ' || name_en FROM document_type WHERE code = :code")
                .param("code", entry.number().typeCode())
                .query(String.class)
                .single();
        String extra = typeName + " " + entry.issuerName() + " " + RichText.plainText(body);
        long id = jdbc.sql("""
                        INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, external_issuer_name,
                                              number_text, issued_on, summary, body_html, registered_by_id, search_extra,
                                              term_id, congress, issued_by_body, signer_id, signer_name, signer_title,
                                              signed_for)
                        VALUES (:type, :sequence, :year, :issuer, :issuerCode, :externalName, :number, :issuedOn,
                                :summary, :body, :registeredBy, :extra, :term, :congress, :issuedByBody, :signer,
                                :signerName, :signerTitle, :signedFor)
                        RETURNING id
                        """)
                .param("type", entry.number().typeCode())
                .param("sequence", entry.number().sequence())
                .param("year", entry.issuedOn().getYear())
                .param("issuer", entry.issuerId(), Types.BIGINT)
                .param("issuerCode", entry.number().issuerCode())
                .param("externalName", entry.external() ? entry.issuerName() : null, Types.VARCHAR)
                .param("number", entry.printedNumber())
                .param("term", entry.number().termId(), Types.BIGINT)
                .param("congress", entry.congress())
                .param("issuedOn", entry.issuedOn())
                .param("summary", entry.summary().strip())
                .param("body", body, Types.VARCHAR)
                .param("registeredBy", entry.registeredById(), Types.BIGINT)
                .param("extra", extra)
                .param(
                        "issuedByBody",
                        signature.body() == null ? null : signature.body().name(),
                        Types.VARCHAR)
                .param("signer", signature.signerId(), Types.BIGINT)
                .param("signerName", signature.signerName(), Types.VARCHAR)
                .param(
                        "signerTitle",
                        signature.signerTitle() == null
                                ? null
                                : signature.signerTitle().name(),
                        Types.VARCHAR)
                .param("signedFor", signature.signedFor(), Types.VARCHAR)
                .query(Long.class)
                .single();
        var basisIds = DocumentChecks.distinct(entry.basisIds());
        var recipientIds = DocumentChecks.distinct(entry.recipientIds());
        if (!basisIds.isEmpty()) {
            jdbc.sql("INSERT INTO document_basis (document_id, basis_id)"
                            + " SELECT :id, b FROM unnest(CAST(ARRAY[:ids] AS bigint[])) b")
                    .param("id", id)
                    .param("ids", basisIds)
                    .update();
        }
        if (!recipientIds.isEmpty()) {
            jdbc.sql("INSERT INTO document_recipient (document_id, organization_id)"
                            + " SELECT :id, r FROM unnest(CAST(ARRAY[:ids] AS bigint[])) r")
                    .param("id", id)
                    .param("ids", recipientIds)
                    .update();
        }
        var document = jdbc.sql("SELECT " + DocumentView.COLUMNS + " FROM " + DocumentView.FROM + " WHERE d.id = :id")
                .param("id", id)
                .query(DocumentView.class)
                .single();
        audit.created("Document", id, auditOrganizationId, document.toSummary());
        events.publishEvent(new DocumentIssued(
                id,
                document.number(),
                document.typeCode(),
                document.issuerId(),
                document.issuedOn(),
                document.summary(),
                basisIds,
                recipientIds));
        return document;
    }

    /** Keeps the formatting of a rich-text body and drops scripts, event handlers and anything else unsafe. */
    static String sanitize(String html) {
        return RichText.sanitize(html);
    }
}
