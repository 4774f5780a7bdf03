package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a form or the API says about a person. A new person comes with the first post they hold ({@code post}), by
 * which the staff of its organization see them; a change of the person's details leaves the posts alone (null).
 */
public record PersonInput(
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong")
        String fullName,

        @Schema(nullable = true) MemberGender gender,

        @Schema(nullable = true)
        @Min(value = 1900, message = "person.birthYear.invalid")
        @Max(value = 2100, message = "person.birthYear.invalid")
        Integer birthYear,

        @Schema(nullable = true) @Pattern(regexp = MemberInput.PHONE, message = "member.phone.invalid")
        String phone,

        @Schema(nullable = true, maxLength = 200)
        @Size(max = 200, message = "member.email.invalid")
        @Pattern(regexp = MemberInput.EMAIL, message = "member.email.invalid")
        String email,

        @Schema(nullable = true) Long memberId,
        @Schema(nullable = true) @Valid PostInput post) {

    /** The same input with blank texts as null and surrounding spaces gone. */
    PersonInput normalized() {
        return new PersonInput(trim(fullName), gender, birthYear, trim(phone), trim(email), memberId, post);
    }

    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ");
    }
}
