package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * What a form, the API or a roster row says about a member. {@code cellId} places a new member; an existing one
 * changes cell only by a transfer, which keeps the history. The annotations check each field as it came (blank
 * texts are no value, surrounding spaces are dropped); {@link #problems} checks the rules between fields and dates.
 */
public record MemberInput(
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong")
        String fullName,

        @DateTimeFormat(iso = ISO.DATE) LocalDate birthDate,
        MemberGender gender,

        @NotBlank(message = "validation.required")
        @Pattern(regexp = CARD, message = "member.partyCardNo.invalid")
        @Schema(maxLength = 30)
        String partyCardNo,

        @DateTimeFormat(iso = ISO.DATE) LocalDate admittedOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate officialOn,
        Long cellId,

        @Pattern(regexp = PHONE, message = "member.phone.invalid")
        String phone,

        @Size(max = 200, message = "member.email.invalid")
        @Pattern(regexp = EMAIL, message = "member.email.invalid")
        @Schema(maxLength = 200)
        String email,

        MemberStatus status) {

    /** A party card number: letters, digits, dot, slash and dash; blank is left to {@code @NotBlank}. */
    static final String CARD = "\\s*([A-Za-z0-9./-]{1,30}\\s*)?";

    static final String PHONE = "\\s*([0-9 +().-]{6,20}\\s*)?";
    static final String EMAIL = "\\s*([^@\\s]+@[^@\\s]+\\.[^@\\s.]+\\s*)?";

    /** The same input with blank texts as null and surrounding spaces gone, the status defaulting to active. */
    public MemberInput normalized() {
        return new MemberInput(
                trim(fullName),
                birthDate,
                gender,
                trim(partyCardNo),
                admittedOn,
                officialOn,
                cellId,
                trim(phone),
                trim(email),
                status == null ? MemberStatus.ACTIVE : status);
    }

    /** The rules the annotations cannot say: no date after {@code today}, made official no earlier than admitted. */
    public List<FieldError> problems(LocalDate today) {
        var errors = new ArrayList<FieldError>();
        if (birthDate != null && birthDate.isAfter(today)) {
            errors.add(new FieldError("birthDate", "member.date.future"));
        }
        if (admittedOn != null && admittedOn.isAfter(today)) {
            errors.add(new FieldError("admittedOn", "member.date.future"));
        }
        if (officialOn != null && admittedOn != null && officialOn.isBefore(admittedOn)) {
            errors.add(new FieldError("officialOn", "member.officialOn.beforeAdmitted"));
        }
        return errors;
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
