package vn.neuguong.study;

import java.util.List;
import java.util.Locale;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.UploadedFiles;

/** What the pages and the API both do with a request: find the member's own file, the draft it holds, an export. */
final class StudyPages {

    private StudyPages() {}

    /** The signed-in member's file for the campaign; 404 when the member owes none. */
    static StudyFile own(StudyFiles files, long campaignId, Actor actor) {
        if (actor.memberId() == null) {
            throw new NotFoundException("StudyFile", campaignId);
        }
        return files.own(campaignId, actor.memberId())
                .orElseThrow(() -> new NotFoundException("StudyFile", campaignId));
    }

    /** The file's draft as a form holds it. */
    static StudyInput.Draft draftOf(StudyFile file) {
        return new StudyInput.Draft(
                file.reflectionHtml(),
                file.commitments().stream()
                        .map(c -> new StudyInput.CommitmentInput(c.text(), c.targetOn()))
                        .toList());
    }

    /** The draft with empty lines up to {@code lines}, so a form offers room for more commitments. */
    static StudyInput.Draft withRoom(StudyInput.Draft draft, int lines) {
        var commitments = new java.util.ArrayList<>(draft.commitments() == null ? List.of() : draft.commitments());
        while (commitments.size() < lines) {
            commitments.add(new StudyInput.CommitmentInput(null, null));
        }
        return new StudyInput.Draft(draft.reflectionHtml(), commitments);
    }

    static ResponseEntity<InputStreamResource> export(
            StudyExport export, long cellId, long campaignId, String format, Scope scope, Locale locale) {
        if (!"docx".equals(format) && !"pdf".equals(format)) {
            throw new InvalidInputException("format", "study.export.format");
        }
        var lines = export.lines(cellId, campaignId, scope, locale);
        String name = "bai-thu-hoach-" + cellId + "-" + campaignId + "." + format;
        return "docx".equals(format)
                ? StudyApi.bytes(name, UploadedFiles.DOCX, export.docx(lines))
                : StudyApi.bytes(name, UploadedFiles.PDF, export.pdf(lines));
    }
}
