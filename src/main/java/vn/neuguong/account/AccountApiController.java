package vn.neuguong.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.neuguong.shared.ActorPrincipal;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.web.FormErrors;

/** Accounts over JSON: the caller's own, and for administrators all of them. */
@Tag(name = "Accounts", description = "Sign-in accounts and their roles; all but one's own for administrators only")
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

    private final AccountAdministration administration;
    private final MessageSource messages;

    AccountApiController(AccountAdministration administration, MessageSource messages) {
        this.messages = messages;
        this.administration = administration;
    }

    record Enabled(boolean enabled) {}

    record NewPassword(String password) {}

    @Operation(operationId = "getMyAccount")
    @GetMapping("/me")
    AccountView me(@AuthenticationPrincipal ActorPrincipal principal) {
        return administration.get(principal.actor().accountId());
    }

    @Operation(
            operationId = "listAccounts",
            summary = "Accounts in username order; q matches username or display name, diacritics and case ignored")
    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    Page<AccountView> list(
            @RequestParam(required = false) String q,
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
                                            maximum = "200",
                                            defaultValue = "50"))
                    Integer size) {
        return administration.list(
                q,
                PageRequest.of(
                        page, size, AccountAdministration.DEFAULT_PAGE_SIZE, AccountAdministration.MAX_PAGE_SIZE));
    }

    @Operation(operationId = "getAccount")
    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    AccountView get(@PathVariable long id) {
        return administration.get(id);
    }

    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @Operation(operationId = "createAccount")
    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<AccountView> create(
            @Valid @RequestBody AccountForm form, BindingResult binding, java.util.Locale locale) {
        if (binding.hasErrors()) {
            throw FormErrors.invalid(binding, administration.problems(form), messages, locale);
        }
        var created = administration.create(form);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id()))
                .body(created);
    }

    @Operation(operationId = "setAccountEnabled")
    @PutMapping("/{id}/enabled")
    @PreAuthorize("hasRole('ADMIN')")
    AccountView enable(
            @PathVariable long id, @RequestBody Enabled body, @AuthenticationPrincipal ActorPrincipal principal) {
        return administration.enable(id, body.enabled(), principal.actor());
    }

    @Operation(operationId = "resetAccountPassword")
    @PutMapping("/{id}/password")
    @PreAuthorize("hasRole('ADMIN')")
    AccountView resetPassword(@PathVariable long id, @RequestBody NewPassword body, HttpServletRequest request) {
        return administration.resetPassword(id, body.password(), Sessions.idOf(request));
    }
}
