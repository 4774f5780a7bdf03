package vn.neuguong.meeting;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.NotFoundException;

/** The signature sheet to print, for those who manage the meeting. */
@Controller
class AttendanceSheetController {

    private final AttendanceSheet sheet;
    private final Meetings meetings;

    AttendanceSheetController(AttendanceSheet sheet, Meetings meetings) {
        this.sheet = sheet;
        this.meetings = meetings;
    }

    @GetMapping("/meetings/{id:\\d+}/attendance-sheet.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Locale locale) {
        var viewer = Viewer.of(principal.actor());
        if (!meetings.manages(id, viewer)) {
            throw new NotFoundException("Meeting", id);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("danh-sach-ky-ten-" + id + ".pdf")
                                .build()
                                .toString())
                .body(sheet.pdf(id, viewer, locale));
    }
}
