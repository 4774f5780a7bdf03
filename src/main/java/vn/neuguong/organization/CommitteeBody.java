package vn.neuguong.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * A body that acts for a committee (Thành ủy, Quận ủy, Đảng ủy phường): it issues documents in the committee's own
 * number series, hosts meetings and signs "T/M BAN THƯỜNG VỤ". Only committees have bodies; a cell or a department
 * has none. Who sits in it on a day is the member module's ({@code member.CommitteeBodies}).
 */
public enum CommitteeBody {
    /** Ban Thường vụ: the secretaries and the standing committee members. */
    STANDING_COMMITTEE("standing-committee", "Ban Thường vụ"),
    /** Ban Chấp hành: the standing committee and the other committee members. */
    EXECUTIVE_COMMITTEE("executive-committee", "Ban Chấp hành");

    private final String slug;
    private final String words;

    CommitteeBody(String slug, String words) {
        this.slug = slug;
        this.words = words;
    }

    /** How a path names it: {@code standing-committee}, {@code executive-committee}. */
    public String slug() {
        return slug;
    }

    /** The body named in a path, if any. */
    public static Optional<CommitteeBody> ofSlug(String slug) {
        return Arrays.stream(values()).filter(body -> body.slug.equals(slug)).findFirst();
    }

    /** Whether an organization of this kind has bodies: committees do, cells and departments do not. */
    public static boolean heldBy(OrganizationKind kind) {
        return kind == OrganizationKind.COMMITTEE || kind == OrganizationKind.GRASSROOTS_COMMITTEE;
    }

    /** The SQL condition that the organization in {@code idColumn} is of a kind that has bodies. */
    public static String heldBySql(String idColumn) {
        return TreeSql.kind(idColumn) + " IN ('COMMITTEE', 'GRASSROOTS_COMMITTEE')";
    }

    /** The body in the party's words, with its committee's name: "Ban Thường vụ Quận ủy Long Biên". */
    public String of(String committeeName) {
        return words + " " + committeeName;
    }

    /** The same in SQL, for the committee's name in {@code nameExpression}. */
    public String ofSql(String nameExpression) {
        return "'" + words + " ' || " + nameExpression;
    }

    /** What the signature block says above the signer's post: "T/M BAN THƯỜNG VỤ". */
    public String onBehalf() {
        return "T/M " + words.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }
}
