package vn.neuguong.campaign;

import java.time.LocalDate;

/**
 * An organization handed over its periodic report: published by the report module (which depends on campaign, never
 * the reverse), heard by {@link RecordFulfilments} in the publisher's transaction. The report module has matched the
 * report to the one obligation of its period, so a first-quarter report never answers the second quarter's line.
 *
 * @param obligationId the PERIODIC_REPORT obligation the report answers
 * @param submittedOn the hand-over day, which dates the act (late when after the obligation's due day)
 */
public record ReportSubmitted(
        long reportId,
        String title,
        LocalDate submittedOn,
        long organizationId,
        long obligationId,
        String submittedBy) {}
