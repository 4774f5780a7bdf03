package vn.neuguong.portal;

/**
 * Something readers see changed: an article published, changed while published, taken back, or a comment approved
 * or answered. The portal's page cache is cleared once the change is committed.
 *
 * @param articleId the article concerned
 */
record PortalChanged(long articleId) {}
