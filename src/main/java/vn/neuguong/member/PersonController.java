package vn.neuguong.member;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
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
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;
import vn.neuguong.web.Htmx;

/** The pages of persons: the list with live search, a person's page with their posts, and the person form. */
@Controller
@RequestMapping("/persons")
class PersonController {

    private final Persons persons;
    private final PersonPosts posts;
    private final MemberCells cells;
    private final MessageSource messages;
    private final Clock clock;

    PersonController(Persons persons, PersonPosts posts, MemberCells cells, MessageSource messages, Clock clock) {
        this.persons = persons;
        this.posts = posts;
        this.cells = cells;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @AuthenticationPrincipal ActorPrincipal principal,
            HttpServletRequest request,
            Model model) {
        var actor = principal.actor();
        model.addAttribute("q", PersonInput.trim(q));
        model.addAttribute(
                "result",
                persons.search(
                        q,
                        null,
                        PageRequest.of(page, null, MemberController.PAGE_SIZE, MemberController.PAGE_SIZE),
                        actor));
        model.addAttribute("canChange", MemberController.canChange(actor));
        return Htmx.view(request, "member/persons", "results");
    }

    @GetMapping("/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        return show(id, principal.actor(), model, emptyPost(), Map.of());
    }

    @GetMapping("/new")
    String create(@AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var form = new PersonInput(null, null, null, null, null, null, emptyPost());
        return form(model, principal.actor(), form, null, null, Map.of());
    }

    @PostMapping("/new")
    String create(
            @Valid @ModelAttribute("form") PersonInput typed,
            BindingResult binding,
            @RequestParam(required = false) String partyCardNo,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var actor = principal.actor();
        var form = withMember(typed, partyCardNo, binding, actor);
        model.addAttribute("partyCardNo", partyCardNo);
        try {
            if (!binding.hasErrors()) {
                var person = persons.create(form, actor);
                redirect.addFlashAttribute("notice", "person.created");
                return "redirect:/persons/" + person.id();
            }
            FormErrors.reject(binding, onCard(persons.problems(form.normalized(), actor)));
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, onCard(e.errors()));
        }
        return form(model, actor, typed, null, null, FormErrors.of(binding, messages, locale));
    }

    @GetMapping("/{id:\\d+}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal, Model model) {
        var person = persons.get(id, principal.actor());
        model.addAttribute(
                "partyCardNo", persons.cardOf(person, principal.actor()).orElse(null));
        var form = new PersonInput(
                person.fullName(),
                person.gender(),
                person.birthYear(),
                person.phone(),
                person.email(),
                person.memberId(),
                null);
        return form(model, principal.actor(), form, person, person.version(), Map.of());
    }

    /** An edit made on a version someone else has changed since is refused; the page keeps what was typed. */
    @PostMapping("/{id:\\d+}/edit")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") PersonInput typed,
            BindingResult binding,
            @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String partyCardNo,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var actor = principal.actor();
        var person = persons.get(id, actor);
        var form = withMember(typed, partyCardNo, binding, actor);
        model.addAttribute("partyCardNo", partyCardNo);
        if (!binding.hasErrors()) {
            try {
                persons.update(id, version == null ? -1 : version, form, actor);
                redirect.addFlashAttribute("notice", "person.updated");
                return "redirect:/persons/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, onCard(e.errors()));
            } catch (ConflictException e) {
                model.addAttribute("stale", e.getMessage());
            }
        }
        return form(model, actor, typed, person, version, FormErrors.of(binding, messages, locale));
    }

    @PostMapping("/{id:\\d+}/posts")
    String addPost(
            @PathVariable long id,
            @Valid @ModelAttribute("post") PostInput post,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Model model,
            Locale locale,
            RedirectAttributes redirect) {
        var actor = principal.actor();
        persons.get(id, actor);
        try {
            if (!binding.hasErrors()) {
                posts.add(id, post, actor);
                redirect.addFlashAttribute("notice", "person.post.added");
                return "redirect:/persons/" + id;
            }
            FormErrors.reject(binding, posts.problems("", post, id, actor));
        } catch (InvalidInputException e) {
            FormErrors.reject(binding, onCard(e.errors()));
        }
        return show(id, actor, model, post, FormErrors.of(binding, messages, locale));
    }

    @PostMapping("/{id:\\d+}/posts/{postId:\\d+}/end")
    String endPost(
            @PathVariable long id,
            @PathVariable long postId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endedOn,
            @AuthenticationPrincipal ActorPrincipal principal,
            RedirectAttributes redirect) {
        if (endedOn == null) {
            throw new InvalidInputException("endedOn", "validation.required");
        }
        posts.end(id, postId, endedOn, principal.actor());
        redirect.addFlashAttribute("notice", "person.post.closed");
        return "redirect:/persons/" + id;
    }

    private String show(long id, Actor actor, Model model, PostInput post, Map<String, String> postErrors) {
        model.addAttribute("person", persons.get(id, actor));
        model.addAttribute("posts", posts.of(id, actor));
        model.addAttribute("post", post);
        model.addAttribute("errors", postErrors);
        model.addAttribute("canChange", MemberController.canChange(actor));
        model.addAttribute("titles", PostTitle.values());
        model.addAttribute("organizations", cells.personPostOrganizations(Scope.of(actor)));
        model.addAttribute("today", LocalDate.now(clock));
        return "member/person";
    }

    private String form(
            Model model, Actor actor, PersonInput form, Person person, Integer version, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("person", person);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("genders", MemberGender.values());
        model.addAttribute("titles", PostTitle.values());
        model.addAttribute("organizations", cells.personPostOrganizations(Scope.of(actor)));
        return "member/person-form";
    }

    /** The input with the member the card number names ({@code partyCardNo} on the form when none may be read). */
    private PersonInput withMember(PersonInput form, String card, BindingResult binding, Actor actor) {
        Long memberId = null;
        if (card != null && !card.isBlank()) {
            memberId = persons.memberByCard(card, actor).orElse(null);
            if (memberId == null) {
                FormErrors.reject(binding, List.of(new FieldError("partyCardNo", "person.member.notFound")));
            }
        }
        return new PersonInput(
                form.fullName(), form.gender(), form.birthYear(), form.phone(), form.email(), memberId, form.post());
    }

    /** The errors about the member, which the form names by the card number it asked for. */
    private static List<FieldError> onCard(List<FieldError> errors) {
        return errors.stream()
                .map(error -> error.field().equals("memberId")
                        ? new FieldError("partyCardNo", error.message(), error.row(), error.rejectedValue())
                        : error)
                .toList();
    }

    private PostInput emptyPost() {
        return new PostInput(null, null, null, LocalDate.now(clock), null);
    }
}
