package vn.neuguong.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.List;

/** The "language" form of "My account": the language the account's e-mails are written in. */
record LanguageChange(
        @NotBlank(message = "validation.required") @Pattern(regexp = "vi|en", message = "account.language.unknown")
        String language) {

    static final List<String> LANGUAGES = List.of("vi", "en");
}
