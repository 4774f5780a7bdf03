package vn.neuguong.member;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who counts in a cell's figures on a day: the one rule, used by every module that shows a denominator (who owes a
 * reflection, who is expected at a meeting, turnout). Set-based statements use the same rule through
 * {@link MemberSql#onRoll} and {@link MemberSql#expectedIn}; a board shows it beside the figure with the message
 * {@link #RULE_KEY}.
 *
 * <p>The rule, after the Party Statute (Điều lệ Đảng, article 7) and its guidance (Quy định, Hướng dẫn của Ban Chấp
 * hành Trung ương on the Statute):
 *
 * <ul>
 *   <li>A member exempt from party activity (miễn sinh hoạt đảng, by age or health, by the cell's decision) stays on
 *       the cell's roll but is not expected at its meetings and owes nothing; one who attends all the same counts as
 *       present (an attendance figure counts those present, whoever they are).
 *   <li>A member exempt from party work (miễn công tác) is still expected at meetings and still owes study and
 *       reflections: only assignments are lifted.
 *   <li>A member in temporary activity at another cell (sinh hoạt tạm thời) stays on the home cell's roll, but is
 *       expected at and owes to the HOST cell, not the home cell.
 *   <li>A member working away (đi làm ăn xa) stays expected at home; an excused absence is a matter of the meeting.
 * </ul>
 *
 * A period covers its first and its last day. The roll is the active members whose stay in the cell covers the day.
 */
@Component
public class MemberCounting {

    /** The message key of the rule, in words a board shows beside its figure (vi and en). */
    public static final String RULE_KEY = "member.counting.rule";

    private static final String DAY = "CAST(:day AS date)";

    private final JdbcClient jdbc;

    MemberCounting(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many members are on the cell's roll on the day. */
    public long onRoll(long cellId, LocalDate day) {
        return count(MemberSql.onRollCount(":cell", DAY), cellId, day);
    }

    /** How many members the cell expects at a meeting, and are owed a reflection by, on the day. */
    public long expected(long cellId, LocalDate day) {
        return count(MemberSql.expectedCount(":cell", DAY), cellId, day);
    }

    /** Whether the member is expected at the cell on the day. */
    public boolean isExpected(long memberId, long cellId, LocalDate day) {
        return jdbc.sql("SELECT " + MemberSql.isExpectedIn(":member", ":cell", DAY))
                .param("member", memberId)
                .param("cell", cellId)
                .param("day", day)
                .query(Boolean.class)
                .single();
    }

    private long count(String expression, long cellId, LocalDate day) {
        return jdbc.sql("SELECT " + expression)
                .param("cell", cellId)
                .param("day", day)
                .query(Long.class)
                .single();
    }
}
