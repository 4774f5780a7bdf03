package vn.neuguong.meeting;

import java.time.LocalDateTime;
import java.util.List;
import vn.neuguong.meeting.MeetingForm.AgendaRow;

/** The plan and bridge point forms the demo's conferences are made from: three and a half hours, connected points. */
final class DemoMeetingForms {

    private DemoMeetingForms() {}

    static MeetingForm form(
            String title,
            Meeting.Format format,
            long host,
            Meeting.HostBody body,
            List<Long> coHosts,
            String venue,
            LocalDateTime startsAt,
            Long campaign,
            Long requirement,
            List<Long> materials,
            List<AgendaRow> agenda,
            List<Headcount> groups) {
        var kind = title.startsWith("Hội nghị lấy ý kiến")
                ? Meeting.Kind.FEEDBACK_CONFERENCE
                : Meeting.Kind.STUDY_CONFERENCE;
        return new MeetingForm(
                title,
                kind,
                format,
                host,
                body,
                coHosts,
                venue,
                startsAt,
                startsAt.plusMinutes(210),
                campaign,
                requirement,
                null,
                materials,
                agenda,
                groups,
                null);
    }

    static BridgePointForm point(long organization, Long host, String site, List<Headcount> groups) {
        return new BridgePointForm(
                organization, null, site, host, null, null, BridgePointForm.Connection.CONNECTED, groups, null);
    }
}
