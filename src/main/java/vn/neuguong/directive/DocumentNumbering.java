package vn.neuguong.directive;

import java.sql.Types;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.CommitteeTerm;
import vn.neuguong.organization.CommitteeTerms;

/**
 * Gives documents their numbers (see {@link DocumentNumber}): the next of the issuer's series in the term of its
 * committee, or the next of the congress's one sequence; and keeps the numbers printed on documents from outside
 * apart, one registration of a number per registering organization and year.
 */
@Component
class DocumentNumbering {

    private final JdbcClient jdbc;
    private final CommitteeTerms terms;

    DocumentNumbering(JdbcClient jdbc, CommitteeTerms terms) {
        this.jdbc = jdbc;
        this.terms = terms;
    }

    /**
     * The term a document issued on the day is numbered in: of the committee the issuer speaks for, or, for a
     * congress's document, the term that congress opened while it sat that day.
     */
    Optional<CommitteeTerm> term(long issuerId, LocalDate issuedOn, boolean byCongress) {
        return byCongress ? terms.openedByCongressSitting(issuerId, issuedOn) : terms.covering(issuerId, issuedOn);
    }

    /**
     * The next number of a series (a type, or the congress's) of the issuer in the term. The counter row is taken with
     * INSERT ... ON CONFLICT DO UPDATE in the issuing transaction: its lock serializes concurrent issuers, and a
     * rolled-back issue rolls the counter back too, so there is no gap and no duplicate. A series that starts in a
     * term continues after the numbers the issuer gave that type, on the term's days, before the term was recorded.
     */
    int next(long issuerId, CommitteeTerm term, String series) {
        return jdbc.sql("""
                        INSERT INTO document_counter (issuer_id, term_id, series, last_no)
                        SELECT :issuer, :term, :series, COALESCE(max(d.sequence_no), 0) + 1 FROM document d
                        WHERE d.issuer_id = :issuer AND d.term_id IS NULL AND d.type_code = :series
                          AND d.issued_on >= :startsOn AND d.issued_on <= COALESCE(:endsOn, DATE 'infinity')
                        ON CONFLICT (issuer_id, term_id, series) DO UPDATE SET last_no = document_counter.last_no + 1
                        RETURNING last_no
                        """)
                .param("issuer", issuerId)
                .param("term", term.id())
                .param("series", series)
                .param("startsOn", term.startsOn())
                .param("endsOn", term.endsOn(), Types.DATE)
                .query(Integer.class)
                .single();
    }

    /** Moves the counter of a series up to a number given outside the system, so the next number follows it. */
    void raiseTo(long issuerId, long termId, String series, int sequence) {
        jdbc.sql("""
                        INSERT INTO document_counter (issuer_id, term_id, series, last_no) VALUES (:issuer, :term, :type, :no)
                        ON CONFLICT (issuer_id, term_id, series)
                        DO UPDATE SET last_no = GREATEST(document_counter.last_no, EXCLUDED.last_no)
                        """)
                .param("issuer", issuerId)
                .param("term", termId)
                .param("type", series)
                .param("no", sequence)
                .update();
    }

    boolean typeExists(String code) {
        return jdbc.sql("SELECT count(*) FROM document_type WHERE code = :code")
                        .param("code", code)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Whether the registering organization has already registered this number (each registers its own copy). */
    boolean externalNumberTaken(String printed, int year, Long registeredById) {
        return jdbc.sql("SELECT count(*) FROM document WHERE issuer_id IS NULL AND fold_vi(number_text) = "
                                + "fold_vi(:number) AND year = :year"
                                + " AND registered_by_id IS NOT DISTINCT FROM :registeredBy")
                        .param("number", printed)
                        .param("year", year)
                        .param("registeredBy", registeredById, Types.BIGINT)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
