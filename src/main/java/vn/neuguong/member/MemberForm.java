package vn.neuguong.member;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.springframework.validation.BindingResult;

/**
 * The member form of the pages, as typed: every field text, so that a bad value can be shown back as it was. The
 * annotations are {@link MemberInput}'s; {@code version} is the member's version when the edit form was opened.
 */
record MemberForm(
        @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong")
        String fullName,

        String birthDate,
        String gender,

        @NotBlank(message = "validation.required")
        @Pattern(regexp = MemberInput.CARD, message = "member.partyCardNo.invalid")
        String partyCardNo,

        String admittedOn,
        String officialOn,

        @NotBlank(message = "validation.required", groups = MemberForm.New.class)
        String cellId,

        @Pattern(regexp = MemberInput.PHONE, message = "member.phone.invalid")
        String phone,

        @Size(max = 200, message = "member.email.invalid")
        @Pattern(regexp = MemberInput.EMAIL, message = "member.email.invalid")
        String email,

        String status,
        Integer version) {

    /** The checks of the new-member form only: it needs a cell, which an existing member changes by a transfer. */
    interface New {}

    static MemberForm empty() {
        return new MemberForm(null, null, null, null, null, null, null, null, null, MemberStatus.ACTIVE.name(), null);
    }

    static MemberForm of(Member member) {
        return new MemberForm(
                member.fullName(),
                text(member.birthDate()),
                member.gender() == null ? null : member.gender().name(),
                member.partyCardNo(),
                text(member.admittedOn()),
                text(member.officialOn()),
                Long.toString(member.cellId()),
                member.phone(),
                member.email(),
                member.status().name(),
                member.version());
    }

    /** The input these texts describe; a text that is not a date, number or choice is rejected in the binding. */
    MemberInput toInput(BindingResult binding) {
        return new MemberInput(
                fullName,
                parse("birthDate", birthDate, LocalDate::parse, binding),
                parse("gender", gender, MemberGender::valueOf, binding),
                partyCardNo,
                parse("admittedOn", admittedOn, LocalDate::parse, binding),
                parse("officialOn", officialOn, LocalDate::parse, binding),
                parse("cellId", cellId, Long::valueOf, binding),
                phone,
                email,
                parse("status", status, MemberStatus::valueOf, binding));
    }

    /** The value of a text, or null when it is blank; one that cannot be read is rejected in the binding. */
    static <T> T parse(String field, String text, Function<String, T> parser, BindingResult binding) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            binding.rejectValue(field, "validation.invalid", "validation.invalid");
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
