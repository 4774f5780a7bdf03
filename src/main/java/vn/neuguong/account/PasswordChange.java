package vn.neuguong.account;

/** The change-password form of "My account". */
public record PasswordChange(String currentPassword, String newPassword, String repeatPassword) {

    static PasswordChange empty() {
        return new PasswordChange(null, null, null);
    }
}
