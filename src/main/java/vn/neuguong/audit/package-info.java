/** The append-only record of every change: who, when, what, before and after. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "organization", "shared", "web"})
package vn.neuguong.audit;
