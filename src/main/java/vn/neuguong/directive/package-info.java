/** Numbered party documents (văn bản), their basis cascade, recipients' inboxes and who has studied them. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "organization", "web"})
package vn.neuguong.directive;
