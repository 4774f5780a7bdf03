/** Meetings (hội nghị, sinh hoạt chi bộ): hosts, agenda, invitees, bridge points (điểm cầu) and attendance. */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"account", "campaign", "directive", "member", "organization", "shared", "web"})
package vn.neuguong.meeting;
