package vn.neuguong.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * A document was issued in the system or registered from outside.
 *
 * @param issuerId the issuing organization, null for a document registered from outside the tree
 * @param basisIds the documents this one implements (căn cứ)
 * @param recipientIds the organizations it was sent to
 */
public record DocumentIssued(
        long documentId,
        String number,
        String typeCode,
        Long issuerId,
        LocalDate issuedOn,
        String summary,
        List<Long> basisIds,
        List<Long> recipientIds) {}
