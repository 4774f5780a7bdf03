package vn.neuguong.account;

/**
 * A change to an account or one of its access tokens, published inside the transaction that makes it so that the
 * audit module records it in the same transaction.
 *
 * @param entityType {@code account} or {@code access_token}
 * @param before the record before the change (null on create), without secrets
 * @param after the record after the change (null on delete), without secrets
 */
public record AccountChanged(Change change, String entityType, long entityId, Object before, Object after) {

    public enum Change {
        CREATED,
        UPDATED,
        DELETED
    }
}
