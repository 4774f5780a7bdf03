package vn.neuguong.member.roster;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of a roster file. A header is recognised by its Vietnamese or English name, ignoring case and
 * diacritics ("Ho va ten" = "Họ và tên" = "full_name"); the order of the columns does not matter.
 */
enum RosterColumn {
    FULL_NAME(true, "Họ và tên", "full_name", "họ tên"),
    BIRTH_DATE(false, "Ngày sinh", "birth_date"),
    GENDER(false, "Giới tính", "gender"),
    PARTY_CARD_NO(true, "Số thẻ đảng viên", "party_card_no", "số thẻ đảng"),
    ADMITTED_ON(false, "Ngày vào Đảng", "admitted_on"),
    OFFICIAL_ON(false, "Ngày chính thức", "official_on"),
    CELL(true, "Chi bộ", "cell"),
    PHONE(false, "Điện thoại", "phone", "số điện thoại"),
    EMAIL(false, "Email", "email", "thư điện tử"),
    STATUS(false, "Trạng thái", "status");

    final boolean required;
    final String heading;
    private final List<String> names;

    RosterColumn(boolean required, String heading, String... aliases) {
        this.required = required;
        this.heading = heading;
        this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(heading), List.of(aliases).stream())
                .map(RosterColumn::fold)
                .toList();
    }

    public String getHeading() {
        return heading;
    }

    public boolean isRequired() {
        return required;
    }

    static Optional<RosterColumn> byHeader(String header) {
        String folded = fold(header);
        for (var column : values()) {
            if (column.names.contains(folded)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Lower case without diacritics, đ as d, runs of spaces and underscores as one space: for lenient matching. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String stripped = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT)
                .replace('\uFEFF', ' ')
                .replaceAll("[\\s_]+", " ")
                .strip();
    }
}
