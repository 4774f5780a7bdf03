/**
 * In-app and e-mail notifications, users' choices of what they get, and the daily digest.
 *
 * <p>Other modules send through {@link vn.neuguong.notification.Notifications}: one notice to organizations,
 * members or accounts, or many at once as rows of a query of their own ({@link vn.neuguong.notification.NoticeRows},
 * arguments written with {@link vn.neuguong.notification.NoticeSql}), stored for all recipients in one statement
 * (docs/DESIGN.md, "Notifications").
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "directive", "shared", "web"})
package vn.neuguong.notification;
