package vn.neuguong.account;

import jakarta.validation.constraints.NotBlank;

/** The change-password form of "My account"; the new password's strength and the repeat are checked on saving. */
public record PasswordChange(
        @NotBlank(message = "validation.required") String currentPassword,
        @NotBlank(message = "validation.required") String newPassword,
        @NotBlank(message = "validation.required") String repeatPassword) {

    static PasswordChange empty() {
        return new PasswordChange(null, null, null);
    }
}
