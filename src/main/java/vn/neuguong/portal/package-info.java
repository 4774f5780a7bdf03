/**
 * The public news portal of each organization: articles in categories, drafted, reviewed and published (now or on
 * schedule), read without signing in from a cache that publishing clears; readers' comments behind a proof-of-work
 * captcha and a rate limit, moderated; and the public opinion staff capture about each campaign, classified and
 * summed up weekly.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "ballot",
            "campaign",
            "commendation",
            "directive",
            "meeting",
            "member",
            "organization",
            "shared",
            "study",
            "web"
        })
package vn.neuguong.portal;
