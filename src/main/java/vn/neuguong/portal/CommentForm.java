package vn.neuguong.portal;

import vn.neuguong.shared.FieldErrors;

/**
 * A reader's comment as the form sends it: name, phone (optional), title, content and the captcha's solution
 * ({@code altcha}, the widget's field).
 */
record CommentForm(String authorName, String phone, String title, String content, String altcha) {

    static final int NAME_LENGTH = 100;
    static final int TITLE_LENGTH = 200;
    static final int CONTENT_LENGTH = 4000;

    static CommentForm empty() {
        return new CommentForm(null, null, null, null, null);
    }

    /** Every bad field at once, the captcha's absence among them; the solution itself is checked when taken. */
    void check() {
        var errors = new FieldErrors();
        CommentText.require(errors, "authorName", authorName, NAME_LENGTH);
        CommentText.optional(errors, "phone", phone, 30);
        CommentText.requirePhone(errors, "phone", phone);
        CommentText.require(errors, "title", title, TITLE_LENGTH);
        CommentText.require(errors, "content", content, CONTENT_LENGTH);
        if (altcha == null || altcha.isBlank()) {
            errors.add(Captcha.FIELD, "portal.captcha.required");
        }
        errors.throwIfAny();
    }
}
