/**
 * Secret ballots on leaders (lấy ý kiến góp ý, lấy phiếu tín nhiệm): rounds and their questionnaire, one-time
 * credentials on printed slips, casting without a session, the shuffle at closing, and results above a minimum.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"campaign", "directive", "member", "organization", "shared", "web"})
package vn.neuguong.ballot;
