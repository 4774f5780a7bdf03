package vn.neuguong.member;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FormErrors;

/**
 * The transfer form: moves a member to another cell. It carries the member's version as the form was opened, so a
 * transfer never lands on a record someone else changed in the meantime.
 */
@Controller
@RequestMapping("/members/{id:\\d+}/transfer")
class MemberTransferController {

    private final Members members;
    private final MemberCells cells;
    private final MemberTransfers transfers;
    private final MessageSource messages;
    private final Clock clock;

    MemberTransferController(
            Members members, MemberCells cells, MemberTransfers transfers, MessageSource messages, Clock clock) {
        this.members = members;
        this.cells = cells;
        this.transfers = transfers;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String form(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var member = members.getForChange(id, principal.actor());
        return page(
                model,
                principal.actor(),
                member,
                member.version(),
                new Values(null, LocalDate.now(clock).toString(), null),
                Map.of());
    }

    @PostMapping
    String transfer(
            @PathVariable long id,
            @Valid @ModelAttribute("transfer") MemberTransfer transfer,
            BindingResult binding,
            @RequestParam(required = false) Integer version,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var actor = principal.actor();
        var member = members.getForChange(id, actor);
        if (!binding.hasErrors()) {
            try {
                transfers.transfer(id, version == null ? -1 : version, transfer, actor);
                redirect.addFlashAttribute("notice", "member.transferred");
                return "redirect:/members/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            } catch (ConflictException e) {
                model.addAttribute("stale", e.getMessage());
            }
        }
        var values = new Values(
                text(binding.getFieldValue("toCellId")),
                text(binding.getFieldValue("transferredOn")),
                text(binding.getFieldValue("note")));
        return page(model, actor, member, version, values, FormErrors.of(binding, messages, locale));
    }

    /** The form's fields as they are shown back. */
    record Values(String toCellId, String transferredOn, String note) {}

    private String page(
            Model model, Actor actor, Member member, Integer version, Values values, Map<String, String> errors) {
        model.addAttribute("member", member);
        model.addAttribute("version", version);
        model.addAttribute("toCellId", values.toCellId());
        model.addAttribute("transferredOn", values.transferredOn());
        model.addAttribute("note", values.note());
        model.addAttribute("errors", errors);
        model.addAttribute(
                "cells",
                cells.cells(Scope.of(actor)).stream()
                        .filter(cell -> cell.id() != member.cellId())
                        .toList());
        return "member/transfer";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
