/** Campaigns (chuyên đề, đợt sinh hoạt chính trị), the obligations they put on every organization, and compliance. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "audit", "organization", "directive", "notification", "web"})
package vn.neuguong.campaign;
