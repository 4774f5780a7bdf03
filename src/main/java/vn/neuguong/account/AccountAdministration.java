package vn.neuguong.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.account.AccountChanged.Change;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.shared.Page;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.shared.Role;

/**
 * Changes to accounts: the administrator's (create, enable or disable, reset a password) and each user's own
 * password change. Each validates every field before writing and publishes {@link AccountChanged} for the audit
 * log inside its transaction.
 */
@Service
class AccountAdministration {

    static final String ENTITY = "account";
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,49}");

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    private final Accounts accounts;
    private final AccountViews views;
    private final PasswordEncoder encoder;
    private final ApplicationEventPublisher events;
    private final Sessions sessions;

    AccountAdministration(
            Accounts accounts,
            AccountViews views,
            PasswordEncoder encoder,
            ApplicationEventPublisher events,
            Sessions sessions) {
        this.accounts = accounts;
        this.views = views;
        this.encoder = encoder;
        this.events = events;
        this.sessions = sessions;
    }

    /** A page of the accounts whose username or display name contains {@code q}, in username order. */
    Page<AccountView> list(String q, PageRequest request) {
        return views.page(q, request);
    }

    List<Accounts.Choice> organizationChoices(boolean cells) {
        return accounts.organizationChoices(cells);
    }

    /** The units among the organizations a staff account may act on, with their kinds (FRONT, ...). */
    java.util.Map<Long, String> unitKinds() {
        return accounts.unitKinds();
    }

    List<Accounts.Choice> memberChoices(String text) {
        return accounts.memberChoices(text, 20);
    }

    /** What the member list offers on a shown form: the member picked, else those the typed name could mean. */
    List<Accounts.Choice> memberChoicesFor(AccountForm form, String name) {
        if (form.memberId() != null) {
            return accounts.memberChoice(form.memberId()).map(List::of).orElse(List.of());
        }
        return isBlank(name) ? List.of() : accounts.memberChoices(name, 20);
    }

    /** The member an account belongs to, as the forms name members; null for none. */
    String memberLabel(Long memberId) {
        return memberId == null
                ? null
                : accounts.memberChoice(memberId).map(Accounts.Choice::label).orElse(null);
    }

    AccountView get(long id) {
        return views.view(id).orElseThrow(() -> new NotFoundException("Account", id));
    }

    @Transactional
    AccountView create(AccountForm form) {
        var errors = problems(form);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String username = form.username().trim();
        var grants = new ArrayList<Accounts.Grant>();
        for (Role role : form.roles()) {
            switch (role) {
                case STAFF -> form.staffOrganizationIds().forEach(id -> grants.add(new Accounts.Grant(role, id)));
                case SECRETARY -> form.secretaryCellIds().forEach(id -> grants.add(new Accounts.Grant(role, id)));
                default -> grants.add(new Accounts.Grant(role, null));
            }
        }
        long id;
        try {
            id = accounts.create(
                    new Accounts.NewAccount(
                            username,
                            form.displayName().trim(),
                            isBlank(form.email()) ? null : form.email().trim(),
                            form.memberId(),
                            List.copyOf(grants)),
                    encoder.encode(form.password()));
        } catch (DuplicateKeyException e) {
            throw new InvalidInputException(List.of(new FieldError("username", "account.username.taken")));
        }
        var created = get(id);
        events.publishEvent(new AccountChanged(Change.CREATED, ENTITY, id, null, created));
        return created;
    }

    /**
     * What is wrong with a new account beyond its annotations: the rules that read the database or look across
     * fields. A field the annotations already refuse (blank) is left to them, so that a page can show both kinds in
     * one round.
     */
    List<FieldError> problems(AccountForm form) {
        var errors = new ArrayList<FieldError>();
        if (!isBlank(form.username())) {
            String username = form.username().trim();
            if (!USERNAME.matcher(username).matches()) {
                errors.add(new FieldError("username", "account.username.invalid"));
            } else if (accounts.exists(username)) {
                errors.add(new FieldError("username", "account.username.taken", null, username));
            }
        }
        if (!isBlank(form.email()) && !form.email().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(new FieldError("email", "validation.invalid", null, form.email()));
        }
        if (!isBlank(form.password())) {
            PasswordPolicy.check("password", form.password(), errors);
        }
        checkOrganizations("staffOrganizationIds", Role.STAFF, form, form.staffOrganizationIds(), errors);
        checkOrganizations("secretaryCellIds", Role.SECRETARY, form, form.secretaryCellIds(), errors);
        if (form.memberId() != null && !accounts.memberExists(form.memberId())) {
            errors.add(new FieldError("memberId", "account.member.unknown", null, form.memberId()));
        } else if (form.memberId() == null && form.roles().contains(Role.MEMBER)) {
            errors.add(new FieldError("memberId", "account.member.required"));
        }
        return errors;
    }

    /**
     * The form with the member the administrator named (by full name or party card number) when no member was
     * picked from the list; a name that fits nobody, or several people, is refused naming the field {@code member}.
     */
    AccountForm withMemberNamed(AccountForm form, String name) {
        if (form.memberId() != null || isBlank(name)) {
            return form;
        }
        var named = accounts.membersNamed(name);
        if (named.size() != 1) {
            throw new InvalidInputException(List.of(new FieldError(
                    "member", named.isEmpty() ? "account.member.notFound" : "account.member.ambiguous", null, name)));
        }
        return new AccountForm(
                form.username(),
                form.displayName(),
                form.email(),
                form.password(),
                named.get(0).id(),
                form.roles(),
                form.staffOrganizationIds(),
                form.secretaryCellIds());
    }

    private void checkOrganizations(
            String field, Role role, AccountForm form, List<Long> ids, List<FieldError> errors) {
        if (!form.roles().contains(role)) {
            if (!ids.isEmpty()) {
                errors.add(new FieldError(field, "account.organization.withoutRole"));
            }
            return;
        }
        if (ids.isEmpty()) {
            errors.add(new FieldError(field, "account.organization.required"));
        }
        for (Long id : ids) {
            var kind = id == null ? java.util.Optional.<String>empty() : accounts.organizationKind(id);
            if (kind.isEmpty()) {
                errors.add(new FieldError(field, "account.organization.unknown", null, id));
            } else if (role == Role.SECRETARY && !kind.get().equals("CELL")) {
                errors.add(new FieldError(field, "account.organization.notCell", null, id));
            }
        }
    }

    /** Sets the language of the account's e-mails ({@code vi} or {@code en}, checked by the form). */
    @Transactional
    AccountView changeLanguage(long id, String language) {
        var before = get(id);
        if (language.equals(before.language())) {
            return before;
        }
        accounts.changeLanguage(id, language);
        return changed(before);
    }

    /** Enables or disables an account; disabling ends its sessions (its tokens stop working with it). */
    @Transactional
    AccountView enable(long id, boolean enabled, Actor actor) {
        var before = get(id);
        if (!enabled && id == actor.accountId()) {
            throw new InvalidInputException("enabled", "account.disableSelf");
        }
        accounts.enable(id, enabled);
        if (!enabled) {
            sessions.endAfterCommit(before.username(), null);
        }
        return changed(before);
    }

    /** Sets a new password and ends the account's sessions, except {@code currentSession}, the caller's own. */
    @Transactional
    AccountView resetPassword(long id, String password, String currentSession) {
        var before = get(id);
        var errors = new ArrayList<FieldError>();
        PasswordPolicy.check("password", password, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        accounts.changePassword(id, encoder.encode(password));
        sessions.endAfterCommit(before.username(), currentSession);
        return changed(before);
    }

    /** Changes the user's own password; their other sessions end, {@code currentSession} goes on. */
    @Transactional
    AccountView changeOwnPassword(long id, PasswordChange change, String currentSession) {
        var row = accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
        var errors = new ArrayList<FieldError>();
        if (!encoder.matches(change.currentPassword(), row.passwordHash())) {
            errors.add(new FieldError("currentPassword", "account.password.wrong"));
        }
        PasswordPolicy.check("newPassword", change.newPassword(), errors);
        if (!change.newPassword().equals(change.repeatPassword())) {
            errors.add(new FieldError("repeatPassword", "account.password.mismatch"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var before = get(id);
        accounts.changePassword(id, encoder.encode(change.newPassword()));
        sessions.endAfterCommit(before.username(), currentSession);
        return changed(before);
    }

    private AccountView changed(AccountView before) {
        var after = get(before.id());
        events.publishEvent(new AccountChanged(Change.UPDATED, ENTITY, before.id(), before, after));
        return after;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
