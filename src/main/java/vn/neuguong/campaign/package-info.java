/** Campaigns (chuyên đề, đợt sinh hoạt chính trị), the obligations they put on every organization, and compliance. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"directive", "member", "notification", "organization", "shared", "web"})
package vn.neuguong.campaign;
