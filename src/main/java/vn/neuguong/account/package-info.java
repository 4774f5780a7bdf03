/** Who is acting: accounts, roles, login, access tokens and the organization scope every query is filtered by. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"member", "organization", "shared", "web"})
package vn.neuguong.account;
