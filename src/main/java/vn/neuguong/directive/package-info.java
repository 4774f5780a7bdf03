/** Numbered party documents (văn bản), their basis cascade, recipients' inboxes and who has studied them. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"member", "organization", "shared", "web"})
package vn.neuguong.directive;
