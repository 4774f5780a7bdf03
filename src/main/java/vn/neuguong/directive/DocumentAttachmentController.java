package vn.neuguong.directive;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.Downloads;
import vn.neuguong.web.FormErrors;

/** Attaching a file to a document from its page, and downloading one. */
@Controller
@RequestMapping("/documents/{id}/attachments")
class DocumentAttachmentController {

    private final DocumentAttachments attachments;
    private final MessageSource messages;

    DocumentAttachmentController(DocumentAttachments attachments, MessageSource messages) {
        this.attachments = attachments;
        this.messages = messages;
    }

    @PostMapping
    String attach(
            @PathVariable long id,
            @RequestParam(name = "file", required = false) MultipartFile file,
            RedirectAttributes redirect,
            Locale locale,
            @AuthenticationPrincipal ActorPrincipal principal) {
        try {
            attachments.attach(id, file, Scope.of(principal.actor()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("attachErrors", FormErrors.of(e, messages, locale));
        }
        return "redirect:/documents/" + id;
    }

    @GetMapping("/{attachmentId}")
    ResponseEntity<InputStreamResource> download(
            @PathVariable long id, @PathVariable long attachmentId, @AuthenticationPrincipal ActorPrincipal principal) {
        var attachment = attachments.get(id, attachmentId, Visibility.of(principal.actor()));
        return Downloads.attachment(
                attachment.filename(), attachment.contentType(), attachment.sizeBytes(), attachments.open(attachment));
    }
}
