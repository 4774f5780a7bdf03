package vn.neuguong.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.account.AccessTokens.TokenRequest;
import vn.neuguong.account.AccessTokens.TokenView;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;

/** The caller's own access tokens. */
@Tag(name = "Access tokens", description = "The caller's personal access tokens, for scripts")
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApiController {

    private final AccessTokens tokens;
    private final MessageSource messages;

    TokenApiController(AccessTokens tokens, MessageSource messages) {
        this.messages = messages;
        this.tokens = tokens;
    }

    /** A created token; {@code token} is returned this once and never again. */
    record CreatedToken(long id, String name, String prefix, java.time.Instant expiresAt, String token) {}

    @Operation(operationId = "listTokens", summary = "The caller's tokens: live ones first, then the newest")
    @GetMapping
    Page<TokenView> list(
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
        return tokens.list(
                principal.actor().accountId(),
                PageRequest.of(page, size, AccessTokens.DEFAULT_PAGE_SIZE, AccessTokens.MAX_PAGE_SIZE));
    }

    /** Only a signed-in person creates tokens: a stolen token must not be able to mint ones that outlive it. */
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "createToken")
    @PostMapping
    ResponseEntity<CreatedToken> create(
            @Valid @RequestBody TokenRequest request,
            BindingResult binding,
            @AuthenticationPrincipal ActorPrincipal principal,
            Authentication authentication,
            java.util.Locale locale) {
        if (authentication instanceof TokenAuthentication) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "An access token cannot create access tokens; sign in with a password");
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, problem, null, "account.token.notWithToken", null);
        }
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, tokens.problems(request), messages, locale);
        }
        var created = tokens.create(principal.actor().accountId(), request);
        var view = created.view();
        return ResponseEntity.created(URI.create("/api/v1/tokens/" + view.id()))
                .body(new CreatedToken(view.id(), view.name(), view.prefix(), view.expiresAt(), created.token()));
    }

    @ApiResponse(responseCode = "204", description = "Revoked")
    @Operation(operationId = "revokeToken")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id, @AuthenticationPrincipal ActorPrincipal principal) {
        tokens.revoke(principal.actor().accountId(), id);
        return ResponseEntity.noContent().build();
    }
}
