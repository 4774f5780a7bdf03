package vn.neuguong.meeting;

import vn.neuguong.meeting.MeetingViews.MeetingDetail;
import vn.neuguong.web.TimeConfiguration;

/** The plan form filled from a meeting as it stands, to edit it. */
final class MeetingForms {

    private MeetingForms() {}

    static MeetingForm of(MeetingDetail detail) {
        var m = detail.meeting();
        return new MeetingForm(
                m.title(),
                m.kind(),
                m.format(),
                m.hostId(),
                m.hostBody(),
                detail.coHosts().stream().map(MeetingViews.CoHost::id).toList(),
                m.venue(),
                m.startsAt().atZoneSameInstant(TimeConfiguration.ZONE).toLocalDateTime(),
                m.endsAt().atZoneSameInstant(TimeConfiguration.ZONE).toLocalDateTime(),
                m.campaignId(),
                m.requirementId(),
                m.capacity(),
                detail.materials().stream()
                        .map(MeetingViews.Material::documentId)
                        .toList(),
                detail.agenda().stream()
                        .map(a -> new MeetingForm.AgendaRow(
                                a.topic(),
                                a.presenterMemberId(),
                                a.presenterMemberId() == null ? a.presenterName() : null,
                                a.presenterTitle()))
                        .toList(),
                detail.hallGroups(),
                m.version());
    }
}
