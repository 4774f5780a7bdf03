package vn.neuguong.member;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.shared.Actor;

/**
 * Who sits on a committee on a day: the members holding a committee post there (Bí thư, Phó Bí thư, Ủy viên Ban
 * Thường vụ, cấp ủy viên), for modules that assign them work (the overseer of a cell, the members of a visit).
 */
@Component
public class CommitteeSeats {

    /** The posts that seat a member on a committee; a department head or a state post does not. */
    public static final List<Title> COMMITTEE_TITLES = List.of(
            Title.SECRETARY,
            Title.DEPUTY_SECRETARY,
            Title.STANDING_DEPUTY_SECRETARY,
            Title.STANDING_COMMITTEE_MEMBER,
            Title.COMMITTEE_MEMBER);

    /** A member seated on a committee, with the highest post held there. */
    public record Seat(long memberId, String fullName, Title title) {}

    private final JdbcClient jdbc;
    private final MemberPositions positions;

    CommitteeSeats(JdbcClient jdbc, MemberPositions positions) {
        this.jdbc = jdbc;
        this.positions = positions;
    }

    /** The members seated on the committee on the day, highest post first, then by name. */
    public List<Seat> on(long committeeId, LocalDate day) {
        return jdbc
                .sql("""
                        SELECT DISTINCT ON (m.id) m.id AS member_id, m.full_name, p.title FROM member_position p
                        JOIN member m ON m.id = p.member_id
                        WHERE p.organization_id = :committee AND p.title IN (:titles)
                          AND p.started_on <= :day AND (p.ended_on IS NULL OR p.ended_on >= :day)
                        ORDER BY m.id, array_position(CAST(:order AS text[]), p.title)
                        """)
                .param("committee", committeeId)
                .param("titles", names())
                .param("order", names().toArray(String[]::new))
                .param("day", day)
                .query(Seat.class)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(
                                (Seat seat) -> seat.title().ordinal())
                        .thenComparing(Seat::fullName))
                .toList();
    }

    /** True when the member sits on the committee on the day. */
    public boolean seated(long memberId, long committeeId, LocalDate day) {
        return on(committeeId, day).stream().anyMatch(seat -> seat.memberId() == memberId);
    }

    /** The organizations in which the member holds the post on the day (the cells a member leads as Bí thư). */
    public List<Long> heldBy(long memberId, Title title, LocalDate day) {
        return jdbc.sql("""
                        SELECT DISTINCT p.organization_id FROM member_position p
                        WHERE p.member_id = :member AND p.title = :title
                          AND p.started_on <= :day AND (p.ended_on IS NULL OR p.ended_on >= :day)
                        ORDER BY p.organization_id
                        """)
                .param("member", memberId)
                .param("title", title.name())
                .param("day", day)
                .query(Long.class)
                .list();
    }

    /** Seats a member on a committee from a day (the demo data's ward committees). */
    public void appoint(long memberId, long committeeId, Title title, String note, LocalDate from, Actor actor) {
        positions.appoint(memberId, new MemberAppointment(committeeId, title, note, from), actor);
    }

    private static List<String> names() {
        return COMMITTEE_TITLES.stream().map(Title::name).toList();
    }
}
