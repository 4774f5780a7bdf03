package vn.neuguong.directive;

import java.util.ArrayList;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.directive.DocumentRecords.Entry;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/** Documents issued before the system, put in with the numbers they carry: the demo data's. */
@Component
class DocumentBackfill {

    private final JdbcClient jdbc;
    private final DocumentChecks checks;
    private final DocumentNumbering numbering;
    private final DocumentRecords records;
    private final DocumentSignatures signatures;

    DocumentBackfill(
            JdbcClient jdbc,
            DocumentChecks checks,
            DocumentNumbering numbering,
            DocumentRecords records,
            DocumentSignatures signatures) {
        this.jdbc = jdbc;
        this.checks = checks;
        this.numbering = numbering;
        this.records = records;
        this.signatures = signatures;
    }

    /**
     * Puts in a document with the number it already has (the demo data's documents, issued before the system). The
     * counter of its term moves up to the number, so the next issued number of that term follows it. Its body and
     * signer are checked as an issued document's.
     */
    @Transactional
    DocumentView issueNumbered(NewDocument input, int sequence) {
        var issuer = checks.issuer(input.issuerId(), Scope.everything()).orElseThrow();
        var term = numbering
                .term(issuer.id(), input.issuedOn(), false)
                .orElseThrow(() -> new InvalidInputException("issuedOn", "document.term.none"));
        var errors = new ArrayList<FieldError>();
        var signature = signatures.check(input, true, issuer, Scope.everything(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        numbering.raiseTo(issuer.id(), term.id(), input.typeCode(), sequence);
        var number = DocumentNumber.inTerm(sequence, input.typeCode(), issuer.code(), term.id());
        return records.write(Entry.issued(number, issuer, input, signature), issuer.id());
    }

    /** Finds a document by its issuer (null: from outside), full number and year, for the demo data. */
    Optional<Long> findByNumber(Long issuerId, String number, int year) {
        return jdbc.sql("SELECT id FROM document WHERE issuer_id IS NOT DISTINCT FROM :issuer AND number_text = :number"
                        + " AND year = :year")
                .param("issuer", issuerId)
                .param("number", number)
                .param("year", year)
                .query(Long.class)
                .optional();
    }
}
