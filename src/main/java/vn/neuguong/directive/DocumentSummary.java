package vn.neuguong.directive;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** What other modules need to know of a document: its number, type, issuer and date. */
public record DocumentSummary(
        long id,
        String number,
        String typeCode,
        @Schema(nullable = true) Long issuerId,
        String issuerName,
        LocalDate issuedOn,
        String summary) {}
