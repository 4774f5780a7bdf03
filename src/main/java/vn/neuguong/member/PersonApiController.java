package vn.neuguong.member;

import static vn.neuguong.member.MemberApiController.PROBLEM;
import static vn.neuguong.member.MemberApiController.PROBLEM_SCHEMA;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.member.MemberApiController.PositionEnd;
import vn.neuguong.member.Persons.PersonSummary;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.EntityTags;
import vn.neuguong.web.FormErrors;

/**
 * Persons who are not party members where they serve, and their posts, as JSON: the same operations and scope as the
 * pages. A change of the person's details names the version it was made on; posts are records of their own.
 */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons", description = "People of the Front, the mass organizations and the government, and their posts")
class PersonApiController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final Persons persons;
    private final PersonPosts posts;
    private final MessageSource messages;

    PersonApiController(Persons persons, PersonPosts posts, MessageSource messages) {
        this.persons = persons;
        this.posts = posts;
        this.messages = messages;
    }

    /** A person with the posts they hold or held in the caller's scope or above it. */
    record PersonDetails(Person person, List<PersonPost> posts) {}

    @GetMapping
    @Operation(
            operationId = "listPersons",
            summary = "Search persons: q ignores diacritics and case; organizationId keeps posts in its subtree")
    Page<PersonSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long organizationId,
            @RequestParam(required = false)
                    @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
                    Integer page,
            @RequestParam(required = false)
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "integer",
                                            format = "int32",
                                            minimum = "1",
                                            maximum = "100",
                                            defaultValue = "20"))
                    Integer size,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return persons.search(q, organizationId, PageRequest.of(page, size, DEFAULT_SIZE, MAX_SIZE), principal.actor());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getPerson", summary = "Read a person with their posts")
    @ApiResponse(
            responseCode = "200",
            description = "The person; ETag is their version, for If-Match on a change",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")))
    ResponseEntity<PersonDetails> read(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        var person = persons.get(id, principal.actor());
        return ResponseEntity.ok()
                .eTag(EntityTags.of(person.version()))
                .body(new PersonDetails(person, posts.of(id, principal.actor())));
    }

    @PostMapping
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "createPerson", summary = "Keep a person with the first post they hold (post required)")
    ResponseEntity<Person> create(
            @Valid @RequestBody PersonInput input,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(
                    binding, persons.problems(input.normalized(), principal.actor()), messages, locale);
        }
        var person = persons.create(input, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + person.id()))
                .eTag(EntityTags.of(person.version()))
                .body(person);
    }

    @PutMapping("/{id}")
    @Operation(operationId = "updatePerson", summary = "Change a person's details (post is ignored)")
    @ApiResponse(
            responseCode = "200",
            description = "Changed; ETag is the new version",
            useReturnTypeSchema = true,
            headers = @Header(name = HttpHeaders.ETAG, schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "409",
            description = "Changed by someone else since the version in If-Match was read",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    ResponseEntity<Person> update(
            @PathVariable long id,
            @Parameter(
                            name = HttpHeaders.IF_MATCH,
                            in = ParameterIn.HEADER,
                            required = true,
                            description = "The person's ETag as read (\"3\")",
                            schema = @Schema(type = "string"))
                    @RequestHeader(name = HttpHeaders.IF_MATCH, required = false)
                    String ifMatch,
            @Valid @RequestBody PersonInput input,
            @AuthenticationPrincipal ActorPrincipal principal) {
        int version = EntityTags.required(ifMatch, "person.version.required", "person.version.invalid");
        var person = persons.update(id, version, input, principal.actor());
        return ResponseEntity.ok().eTag(EntityTags.of(person.version())).body(person);
    }

    @PostMapping("/{id}/posts")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "addPersonPost", summary = "Give a person a post in an organization of the scope")
    ResponseEntity<PersonPost> addPost(
            @PathVariable long id,
            @Valid @RequestBody PostInput post,
            @AuthenticationPrincipal ActorPrincipal principal) {
        var created = posts.add(id, post, principal.actor());
        return ResponseEntity.created(URI.create("/api/v1/persons/" + id)).body(created);
    }

    @PostMapping("/{id}/posts/{postId}/end")
    @Operation(operationId = "endPersonPost", summary = "End a person's post on a date")
    PersonPost endPost(
            @PathVariable long id,
            @PathVariable long postId,
            @Valid @RequestBody PositionEnd end,
            @AuthenticationPrincipal ActorPrincipal principal) {
        return posts.end(id, postId, end.endedOn(), principal.actor());
    }
}
