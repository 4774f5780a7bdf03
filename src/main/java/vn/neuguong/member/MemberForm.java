package vn.neuguong.member;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.function.Function;

/** The member form of the pages, as typed: every field text, so that a bad value can be shown back as it was. */
record MemberForm(
        String fullName,
        String birthDate,
        String gender,
        String partyCardNo,
        String admittedOn,
        String officialOn,
        String cellId,
        String phone,
        String email,
        String status) {

    static MemberForm empty() {
        return new MemberForm(null, null, null, null, null, null, null, null, null, MemberStatus.ACTIVE.name());
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
                member.status().name());
    }

    /** The input these texts describe; a text that is not a date, number or choice goes into {@code errors}. */
    MemberInput toInput(Map<String, String> errors) {
        return new MemberInput(
                fullName,
                parse("birthDate", birthDate, LocalDate::parse, errors),
                parse("gender", gender, MemberGender::valueOf, errors),
                partyCardNo,
                parse("admittedOn", admittedOn, LocalDate::parse, errors),
                parse("officialOn", officialOn, LocalDate::parse, errors),
                parse("cellId", cellId, Long::valueOf, errors),
                phone,
                email,
                parse("status", status, MemberStatus::valueOf, errors));
    }

    static <T> T parse(String field, String text, Function<String, T> parser, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.put(field, "validation.invalid");
            return null;
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
