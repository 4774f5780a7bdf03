package vn.neuguong.member;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.shared.InvalidInputException.FieldError;

/**
 * What a form, the API or a roster row says about a member. {@code cellId} places a new member; an existing one
 * changes cell only by a transfer, which keeps the history.
 */
public record MemberInput(
        @Schema(maxLength = 200) String fullName,
        @DateTimeFormat(iso = ISO.DATE) LocalDate birthDate,
        MemberGender gender,
        String partyCardNo,
        @DateTimeFormat(iso = ISO.DATE) LocalDate admittedOn,
        @DateTimeFormat(iso = ISO.DATE) LocalDate officialOn,
        Long cellId,
        String phone,
        @Schema(maxLength = 200) String email,
        MemberStatus status) {

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,20}");
    static final Pattern CARD = Pattern.compile("[A-Za-z0-9./-]{1,30}");

    /** The same input with blank texts as null and surrounding spaces gone, the status defaulting to active. */
    MemberInput normalized() {
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

    /** Every broken rule, with the name of its field; empty when the input is good. */
    List<FieldError> problems() {
        var errors = new ArrayList<FieldError>();
        if (fullName == null) {
            errors.add(new FieldError("fullName", "validation.required"));
        } else if (fullName.length() > 200) {
            errors.add(new FieldError("fullName", "validation.tooLong"));
        }
        if (partyCardNo == null) {
            errors.add(new FieldError("partyCardNo", "validation.required"));
        } else if (!CARD.matcher(partyCardNo).matches()) {
            errors.add(new FieldError("partyCardNo", "member.partyCardNo.invalid"));
        }
        if (birthDate != null && birthDate.isAfter(LocalDate.now())) {
            errors.add(new FieldError("birthDate", "member.date.future"));
        }
        if (admittedOn != null && admittedOn.isAfter(LocalDate.now())) {
            errors.add(new FieldError("admittedOn", "member.date.future"));
        }
        if (officialOn != null && admittedOn != null && officialOn.isBefore(admittedOn)) {
            errors.add(new FieldError("officialOn", "member.officialOn.beforeAdmitted"));
        }
        if (phone != null && !PHONE.matcher(phone).matches()) {
            errors.add(new FieldError("phone", "member.phone.invalid"));
        }
        if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
            errors.add(new FieldError("email", "member.email.invalid"));
        }
        return errors;
    }

    void validate() {
        var errors = problems();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
