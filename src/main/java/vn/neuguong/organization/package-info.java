/** The tree of party organizations with its effective-dated history, and the party members of its cells. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"account", "audit", "web"})
package vn.neuguong.organization;
