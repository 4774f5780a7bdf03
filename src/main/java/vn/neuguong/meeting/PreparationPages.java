package vn.neuguong.meeting;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.PageRequest;

/** What a thematic meeting's plan page shows of its preparation to those who manage the meeting. */
@Component
class PreparationPages {

    private final Preparations preparations;
    private final Meetings meetings;

    PreparationPages(Preparations preparations, Meetings meetings) {
        this.preparations = preparations;
        this.meetings = meetings;
    }

    /** The assignments and a blank assignment form, when the actor manages the meeting. */
    void addTo(Model model, long meetingId, Actor actor) {
        if (!meetings.manages(meetingId, Viewer.of(actor))) {
            return;
        }
        model.addAttribute("preparations", preparations.of(meetingId, actor, PageRequest.of(1, 100, 100, 100)));
        if (!model.containsAttribute("assignment")) {
            model.addAttribute("assignment", new Preparation.Form(null, null, null));
        }
    }
}
