/** In-app and e-mail notifications, users' choices of what they get, and the daily digest. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "directive", "shared", "web"})
package vn.neuguong.notification;
