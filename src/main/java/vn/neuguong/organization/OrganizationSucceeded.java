package vn.neuguong.organization;

import java.time.LocalDate;

/**
 * An organization closed by a merge or a split, with the organization that carries on its work from {@code
 * effectiveOn}: published inside the change's transaction, so that whoever acted for the old one (an account's
 * scope) moves to its successor with the change, or not at all.
 */
public record OrganizationSucceeded(long organizationId, long successorId, LocalDate effectiveOn) {}
