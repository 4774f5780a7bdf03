/**
 * Commendations (khen thưởng): rounds decided by a committee for a campaign, nominations of collectives, members and
 * people outside the party proposed from its subtree and approved one committee at a time up to the one that
 * decides, the numbered decision (Quyết định, type QĐ) that awards them, certificates that a QR code verifies on a
 * public page, and the honour roll of exemplary models.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"campaign", "directive", "meeting", "member", "organization", "report", "shared", "web"})
package vn.neuguong.commendation;
