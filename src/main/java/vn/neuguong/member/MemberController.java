package vn.neuguong.member;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.Htmx;

/** The roster pages: list with live search, a member's page, the member form, transfer and import. */
@Controller
@RequestMapping("/members")
class MemberController {

    private final Members members;
    private final RosterImport roster;

    MemberController(Members members, RosterImport roster) {
        this.members = members;
        this.roster = roster;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String organizationId,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletRequest request,
            Model model) {
        var actor = principal.actor();
        var ignored = new LinkedHashMap<String, String>();
        var query = new MemberQuery(
                q,
                MemberForm.parse("organizationId", organizationId, Long::valueOf, ignored),
                MemberForm.parse("status", status, MemberStatus::valueOf, ignored),
                page,
                20);
        model.addAttribute("query", query);
        model.addAttribute("result", members.search(query, actor));
        model.addAttribute("units", members.units(Scope.of(actor)));
        model.addAttribute("statuses", MemberStatus.values());
        model.addAttribute("canChange", canChange(actor));
        return Htmx.view(request, "member/list", "results");
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var actor = principal.actor();
        var member = members.get(id, actor);
        model.addAttribute("member", member);
        model.addAttribute("positions", members.positions(id));
        model.addAttribute("history", members.history(id));
        boolean canChange = members.canChange(id, actor);
        model.addAttribute("canChange", canChange);
        model.addAttribute("canTransfer", members.mayTransfer(member, actor));
        model.addAttribute("titles", MemberPosition.Title.values());
        model.addAttribute(
                "postOrganizations", canChange ? members.postOrganizations(Scope.of(actor)) : java.util.List.of());
        model.addAttribute("today", LocalDate.now().toString());
        if (!model.containsAttribute("positionErrors")) {
            model.addAttribute("positionErrors", Map.of());
        }
        return "member/show";
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        return form(model, principal.actor(), MemberForm.empty(), null, Map.of());
    }

    @PostMapping("/new")
    String create(
            @ModelAttribute MemberForm form,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect) {
        var actor = principal.actor();
        var errors = new LinkedHashMap<String, String>();
        var input = form.toInput(errors);
        if (!errors.isEmpty()) {
            return form(model, actor, form, null, errors);
        }
        try {
            var member = members.create(input, actor);
            redirect.addFlashAttribute("notice", "member.created");
            return "redirect:/members/" + member.id();
        } catch (InvalidInputException e) {
            return form(model, actor, form, null, e.firstByField());
        }
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var member = members.getForChange(id, principal.actor());
        return form(model, principal.actor(), MemberForm.of(member), member, Map.of());
    }

    @PostMapping("/{id:\\d+}/edit")
    String update(
            @PathVariable long id,
            @ModelAttribute MemberForm form,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect) {
        var actor = principal.actor();
        var member = members.getForChange(id, actor);
        var errors = new LinkedHashMap<String, String>();
        var input = form.toInput(errors);
        if (!errors.isEmpty()) {
            return form(model, actor, form, member, errors);
        }
        try {
            members.update(id, input, actor);
            redirect.addFlashAttribute("notice", "member.updated");
            return "redirect:/members/" + id;
        } catch (InvalidInputException e) {
            return form(model, actor, form, member, e.firstByField());
        }
    }

    @GetMapping("/{id:\\d+}/transfer")
    String transfer(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var member = members.getForChange(id, principal.actor());
        return transferForm(
                model, principal.actor(), member, null, LocalDate.now().toString(), null, Map.of());
    }

    @PostMapping("/{id:\\d+}/transfer")
    String transfer(
            @PathVariable long id,
            @RequestParam(required = false) String toCellId,
            @RequestParam(required = false) String transferredOn,
            @RequestParam(required = false) String note,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            RedirectAttributes redirect) {
        var actor = principal.actor();
        var member = members.getForChange(id, actor);
        var errors = new LinkedHashMap<String, String>();
        var transfer = new MemberTransfer(
                MemberForm.parse("toCellId", toCellId, Long::valueOf, errors),
                MemberForm.parse("transferredOn", transferredOn, LocalDate::parse, errors),
                note);
        if (errors.isEmpty()) {
            try {
                members.transfer(id, transfer, actor);
                redirect.addFlashAttribute("notice", "member.transferred");
                return "redirect:/members/" + id;
            } catch (InvalidInputException e) {
                errors.putAll(e.firstByField());
            }
        }
        return transferForm(model, actor, member, toCellId, transferredOn, note, errors);
    }

    @PostMapping("/{id:\\d+}/positions")
    String appoint(
            @PathVariable long id,
            @RequestParam(required = false) String organizationId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String note,
            @RequestParam(required = false) String startedOn,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect) {
        var errors = new LinkedHashMap<String, String>();
        var appointment = new MemberAppointment(
                MemberForm.parse("organizationId", organizationId, Long::valueOf, errors),
                MemberForm.parse("title", title, MemberPosition.Title::valueOf, errors),
                note,
                MemberForm.parse("startedOn", startedOn, LocalDate::parse, errors));
        if (errors.isEmpty()) {
            try {
                members.appoint(id, appointment, principal.actor());
                redirect.addFlashAttribute("notice", "member.position.appointed");
            } catch (InvalidInputException e) {
                errors.putAll(e.firstByField());
            } catch (ConflictException e) {
                errors.put("title", e.getMessage());
            }
        }
        redirect.addFlashAttribute("positionErrors", errors);
        return "redirect:/members/" + id;
    }

    @PostMapping("/{id:\\d+}/positions/{positionId:\\d+}/end")
    String endPosition(
            @PathVariable long id,
            @PathVariable long positionId,
            @RequestParam(required = false) String endedOn,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect) {
        var errors = new LinkedHashMap<String, String>();
        var date = MemberForm.parse("endedOn", endedOn, LocalDate::parse, errors);
        if (errors.isEmpty()) {
            try {
                members.endPosition(id, positionId, date, principal.actor());
                redirect.addFlashAttribute("notice", "member.position.closed");
            } catch (InvalidInputException e) {
                errors.putAll(e.firstByField());
            } catch (ConflictException e) {
                errors.put("endedOn", e.getMessage());
            }
        }
        redirect.addFlashAttribute("positionErrors", errors);
        return "redirect:/members/" + id;
    }

    @GetMapping("/import")
    String importPage(Model model) {
        model.addAttribute("columns", RosterColumn.values());
        return "member/import";
    }

    @PostMapping("/import")
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

    private String form(Model model, Actor actor, MemberForm form, Member member, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("member", member);
        model.addAttribute("errors", errors);
        model.addAttribute("cells", members.cells(Scope.of(actor)));
        model.addAttribute("genders", MemberGender.values());
        model.addAttribute("statuses", MemberStatus.values());
        return "member/form";
    }

    private String transferForm(
            Model model,
            Actor actor,
            Member member,
            String toCellId,
            String transferredOn,
            String note,
            Map<String, String> errors) {
        model.addAttribute("member", member);
        model.addAttribute("toCellId", toCellId);
        model.addAttribute("transferredOn", transferredOn);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "cells",
                members.cells(Scope.of(actor)).stream()
                        .filter(cell -> cell.id() != member.cellId())
                        .toList());
        return "member/transfer";
    }

    private static boolean canChange(Actor actor) {
        return Scope.of(actor).unrestricted() || !Scope.of(actor).roots().isEmpty();
    }
}
