package vn.neuguong.member.roster;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.InvalidInputException;

/** The import page: the columns a roster file has, the upload, and every error of a refused file. */
@Controller
@RequestMapping("/members/import")
class RosterController {

    private final RosterImport roster;

    RosterController(RosterImport roster) {
        this.roster = roster;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("columns", RosterColumn.values());
        return "member/import";
    }

    @PostMapping
    String importRoster(
            @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model) {
        model.addAttribute("columns", RosterColumn.values());
        try {
            if (file == null || file.isEmpty()) {
                throw new InvalidInputException("file", "roster.file.empty");
            }
            try (var content = file.getInputStream()) {
                model.addAttribute(
                        "result", roster.importRoster(file.getOriginalFilename(), content, principal.actor()));
            }
        } catch (InvalidInputException e) {
            model.addAttribute("importErrors", e.errors());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "member/import";
    }
}
