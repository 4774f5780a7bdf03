package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a reader asked of a compliance board: its date, whether only rows with overdue obligations are listed, one
 * period of the recurring lines or the whole ({@code period} null), and whether the units the party leads (the
 * Front, mass organizations, government) are counted beside the party's own organizations.
 */
public record BoardQuery(LocalDate asOf, boolean overdueOnly, LocalDate period, Units units, Locale locale) {

    /** Which organizations a board counts: every one of the political system, or the party's own only. */
    public enum Units {
        ALL,
        PARTY
    }

    public BoardQuery {
        units = units == null ? Units.ALL : units;
        locale = locale == null ? Locale.forLanguageTag("vi") : locale;
    }

    /** The whole of every organization's obligations on the date. */
    static BoardQuery of(LocalDate asOf, boolean overdueOnly) {
        return new BoardQuery(asOf, overdueOnly, null, Units.ALL, null);
    }

    boolean partyOnly() {
        return units == Units.PARTY;
    }
}
