/** The tree of party organizations with its effective-dated history, committee terms and scopes. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "web"})
package vn.neuguong.organization;
