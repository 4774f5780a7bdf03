/**
 * The study file: each member's reflection (bài thu hoạch) and personal action plan for a campaign, the cell
 * secretary's review, committees' action programmes, and leaders' self-cultivation plans posted publicly.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"campaign", "directive", "member", "notification", "organization", "shared", "web"})
package vn.neuguong.study;
