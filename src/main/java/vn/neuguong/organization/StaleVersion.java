package vn.neuguong.organization;

import vn.neuguong.shared.ConflictException;

/**
 * An edit made from a version of the organization that is no longer the current one: someone else changed it since
 * the form was opened or the organization read (409); nothing of the edit is kept.
 */
final class StaleVersion extends ConflictException {

    static final String MESSAGE = "organization.version.stale";

    StaleVersion() {
        super(MESSAGE);
    }

    /** Refuses the edit unless {@code expected} is null (no check asked for) or the organization's present version. */
    static void check(Organization organization, Integer expected) {
        if (expected != null && expected != organization.version()) {
            throw new StaleVersion();
        }
    }
}
