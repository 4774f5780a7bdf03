package vn.neuguong.account;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts over JSON: the caller's own, and for administrators all of them. */
@RestController
@RequestMapping("/api/v1/accounts")
class AccountApiController {

    private final AccountAdministration administration;

    AccountApiController(AccountAdministration administration) {
        this.administration = administration;
    }

    record Enabled(boolean enabled) {}

    record NewPassword(String password) {}

    @GetMapping("/me")
    AccountView me(@AuthenticationPrincipal ActorPrincipal principal) {
        return administration.get(principal.actor().accountId());
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    List<AccountView> list() {
        return administration.list();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    AccountView get(@PathVariable long id) {
        return administration.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<AccountView> create(@RequestBody AccountForm form) {
        var created = administration.create(form);
        return ResponseEntity.created(URI.create("/api/v1/accounts/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}/enabled")
    @PreAuthorize("hasRole('ADMIN')")
    AccountView enable(
            @PathVariable long id, @RequestBody Enabled body, @AuthenticationPrincipal ActorPrincipal principal) {
        return administration.enable(id, body.enabled(), principal.actor());
    }

    @PutMapping("/{id}/password")
    @PreAuthorize("hasRole('ADMIN')")
    AccountView resetPassword(@PathVariable long id, @RequestBody NewPassword body, HttpServletRequest request) {
        return administration.resetPassword(id, body.password(), Sessions.idOf(request));
    }
}
