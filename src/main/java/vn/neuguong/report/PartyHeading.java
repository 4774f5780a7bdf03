package vn.neuguong.report;

import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.organization.TreeSql;

/**
 * How an organization heads a Party document (Hướng dẫn 36-HD/VPTW): the party organization directly above it on
 * the first line ("ĐẢNG BỘ QUẬN ĐỐNG ĐA" above "ĐẢNG ỦY PHƯỜNG VĂN MIẾU"), the issuer in capitals, the place name
 * of the date line ("Văn Miếu"), and on whose behalf the head signs ("T/M ĐẢNG ỦY", "T/M BAN THƯỜNG VỤ" for a
 * district or city committee, "T/M CHI BỘ").
 */
@Component
public class PartyHeading {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** A committee's name and the name of the party organization (đảng bộ) it leads, by the name's first words. */
    private static final String[][] BODIES = {
        {"Thành ủy ", "Đảng bộ thành phố "},
        {"Tỉnh ủy ", "Đảng bộ tỉnh "},
        {"Quận ủy ", "Đảng bộ quận "},
        {"Huyện ủy ", "Đảng bộ huyện "},
        {"Thị ủy ", "Đảng bộ thị xã "},
        {"Đảng ủy ", "Đảng bộ "},
    };

    private static final String[] PLACE_WORDS = {
        "Thành ủy ",
        "Tỉnh ủy ",
        "Quận ủy ",
        "Huyện ủy ",
        "Thị ủy ",
        "Đảng ủy ",
        "Chi bộ ",
        "phường ",
        "xã ",
        "thị trấn ",
        "quận ",
        "huyện ",
        "thành phố ",
        "tỉnh "
    };

    private final JdbcClient jdbc;

    PartyHeading(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Heading(String superior, String issuer, String place, String onBehalf) {}

    public Heading of(long organizationId) {
        var names = jdbc.sql("SELECT o.name, " + TreeSql.name("o.parent_id") + " AS parent FROM " + TreeSql.open("o")
                        + " WHERE o.id = :id")
                .param("id", organizationId)
                .query((rs, n) -> new String[] {rs.getString("name"), rs.getString("parent")})
                .single();
        String name = names[0];
        return new Heading(names[1] == null ? null : upper(body(names[1])), upper(name), place(name), onBehalf(name));
    }

    /** "Quận ủy Đống Đa" leads "Đảng bộ quận Đống Đa"; a name of another shape is printed as it is. */
    static String body(String committee) {
        for (var pair : BODIES) {
            if (committee.startsWith(pair[0])) {
                return pair[1] + committee.substring(pair[0].length());
            }
        }
        return committee;
    }

    /** "Đảng ủy phường Văn Miếu" is in Văn Miếu. */
    static String place(String name) {
        String place = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (var word : PLACE_WORDS) {
                if (place.startsWith(word) && place.length() > word.length()) {
                    place = place.substring(word.length());
                    stripped = true;
                }
            }
        }
        return place;
    }

    static String onBehalf(String name) {
        if (name.startsWith("Chi bộ")) {
            return "T/M CHI BỘ";
        }
        if (name.startsWith("Đảng ủy")) {
            return "T/M ĐẢNG ỦY";
        }
        return "T/M BAN THƯỜNG VỤ";
    }

    static String upper(String text) {
        return text.toUpperCase(VI);
    }
}
