package vn.neuguong.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random members for the board's random trees ({@link BoardTallyIntegrationTests}): each with a stay in a cell from
 * a day between 2020 and 2026, some moved on to another cell, a few with a second stay beside the first; standings
 * that count (away in a host cell, exempt) and one that does not (working away), open or ended; a few not active.
 * Then random changes, each one statement as an import or a form writes them: members added, moved, their status
 * changed, standings added, ended and removed, stays removed. {@link #remove} takes them all away again.
 */
final class BoardMembersFixture {

    private static final LocalDate FIRST = LocalDate.of(2020, 1, 1);

    private final JdbcClient jdbc;
    private final Random random;
    private final String cardPrefix;
    private final List<Long> members = new ArrayList<>();
    private int cards;

    BoardMembersFixture(JdbcClient jdbc, Random random, String cardPrefix) {
        this.jdbc = jdbc;
        this.random = random;
        this.cardPrefix = cardPrefix;
    }

    private LocalDate day() {
        return FIRST.plusDays(random.nextInt(2500));
    }

    private static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }

    private long pick(List<Long> ids) {
        return ids.get(random.nextInt(ids.size()));
    }

    /** Adds {@code count} members in the cells, with their stays and standings. */
    void add(List<Long> cells, int count) {
        if (count == 0) {
            return;
        }
        var values = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            values.add("('Đảng viên thử " + ++cards + "', '" + cardPrefix + "-" + cards + "', " + pick(cells) + ", "
                    + (random.nextInt(10) == 0 ? "'TRANSFERRED_OUT'" : "'ACTIVE'") + ")");
        }
        var added = jdbc.sql("INSERT INTO member (full_name, party_card_no, cell_id, status) SELECT * FROM (VALUES "
                        + String.join(", ", values) + ") v RETURNING id")
                .query(Long.class)
                .list();
        members.addAll(added);
        var stays = new ArrayList<String>();
        var standings = new ArrayList<String>();
        for (long member : added) {
            LocalDate joined = day();
            if (random.nextInt(3) == 0) {
                LocalDate left = joined.plusDays(1 + random.nextInt(400));
                stays.add("(" + member + ", " + pick(cells) + ", " + date(joined) + ", " + date(left) + ")");
                stays.add(
                        "(" + member + ", " + pick(cells) + ", " + date(left.plusDays(random.nextInt(3))) + ", NULL)");
            } else {
                stays.add("(" + member + ", " + pick(cells) + ", " + date(joined) + ", NULL)");
            }
            if (random.nextInt(12) == 0) {
                stays.add(
                        "(" + member + ", " + pick(cells) + ", " + date(day()) + ", " + date(day().plusYears(3)) + ")");
            }
            if (random.nextInt(3) == 0) {
                standings.add(standing(member, cells));
            }
        }
        jdbc.sql("INSERT INTO member_cell_history (member_id, cell_id, joined_on, left_on) SELECT v.m, v.c, v.j,"
                        + " CAST(v.l AS date) FROM (VALUES " + String.join(", ", stays) + ") v (m, c, j, l)")
                .update();
        insertStandings(standings);
    }

    private String standing(long member, List<Long> cells) {
        int kind = random.nextInt(3);
        LocalDate starts = day();
        String ends = random.nextBoolean() ? "NULL" : date(starts.plusDays(random.nextInt(300)));
        return "(" + member + ", '"
                + (kind == 0 ? "TEMPORARY_ELSEWHERE" : kind == 1 ? "EXEMPT_ACTIVITY" : "WORKING_AWAY")
                + "', " + (kind == 0 ? String.valueOf(pick(cells)) : "NULL") + ", " + (kind == 1 ? "'AGE'" : "NULL")
                + ", " + (kind == 1 ? date(starts) : "NULL") + ", " + date(starts) + ", " + ends + ")";
    }

    private void insertStandings(List<String> standings) {
        if (!standings.isEmpty()) {
            jdbc.sql("INSERT INTO member_standing (member_id, kind, host_cell_id, reason, decision_on, starts_on,"
                            + " ends_on) SELECT v.m, v.k, CAST(v.h AS bigint), v.r, CAST(v.d AS date), v.s,"
                            + " CAST(v.e AS date) FROM (VALUES " + String.join(", ", standings)
                            + ") v (m, k, h, r, d, s, e)")
                    .update();
        }
    }

    /** One round of changes, each kind as one statement over a random few of the members. */
    void change(List<Long> cells) {
        add(cells, random.nextInt(6));
        var moved = new ArrayList<String>();
        var statuses = new ArrayList<Long>();
        var standings = new ArrayList<String>();
        for (long member : members) {
            int what = random.nextInt(10);
            if (what == 0) {
                moved.add("(" + member + ", " + pick(cells) + ", " + date(day()) + ")");
            } else if (what == 1) {
                statuses.add(member);
            } else if (what == 2) {
                standings.add(standing(member, cells));
            }
        }
        if (!moved.isEmpty()) {
            String values = " FROM (VALUES " + String.join(", ", moved) + ") v (m, c, d)";
            jdbc.sql("UPDATE member_cell_history h SET left_on = GREATEST(v.d, h.joined_on + 1)" + values
                            + " WHERE h.member_id = v.m AND h.left_on IS NULL")
                    .update();
            jdbc.sql("INSERT INTO member_cell_history (member_id, cell_id, joined_on) SELECT v.m, v.c, (SELECT"
                            + " max(h.left_on) FROM member_cell_history h WHERE h.member_id = v.m)" + values
                            + " WHERE EXISTS (SELECT 1 FROM member_cell_history h WHERE h.member_id = v.m)"
                            + " AND NOT EXISTS (SELECT 1 FROM member_cell_history h WHERE h.member_id = v.m"
                            + " AND h.left_on IS NULL)")
                    .update();
        }
        if (!statuses.isEmpty()) {
            jdbc.sql("UPDATE member SET status = CASE status WHEN 'ACTIVE' THEN 'DECEASED' ELSE 'ACTIVE' END"
                            + " WHERE id IN (:ids)")
                    .param("ids", statuses)
                    .update();
        }
        insertStandings(standings);
        var ids = members.stream().filter(m -> random.nextInt(8) == 0).toList();
        if (!ids.isEmpty()) {
            jdbc.sql(
                            "UPDATE member_standing SET ends_on = starts_on + 30 WHERE member_id IN (:ids) AND ends_on IS NULL")
                    .param("ids", ids)
                    .update();
            jdbc.sql("DELETE FROM member_standing WHERE id IN (SELECT min(id) FROM member_standing WHERE member_id IN"
                            + " (:ids) GROUP BY member_id)")
                    .param("ids", ids)
                    .update();
            jdbc.sql("DELETE FROM member_cell_history WHERE id IN (SELECT max(id) FROM member_cell_history WHERE"
                            + " member_id IN (:ids) AND left_on IS NOT NULL GROUP BY member_id)")
                    .param("ids", ids)
                    .update();
        }
    }

    /**
     * A day on which a stay or a standing of one of the members began or ended (or the day after an end), where a
     * count changes; null when there is none.
     */
    LocalDate changeDay() {
        if (members.isEmpty()) {
            return null;
        }
        var days = jdbc
                .sql("SELECT h.joined_on FROM member_cell_history h WHERE h.member_id IN (:ids) UNION SELECT"
                        + " h.left_on FROM member_cell_history h WHERE h.member_id IN (:ids) UNION SELECT s.starts_on"
                        + " FROM member_standing s WHERE s.member_id IN (:ids) UNION SELECT s.ends_on + d FROM"
                        + " member_standing s CROSS JOIN (VALUES (0), (1)) x (d) WHERE s.member_id IN (:ids)")
                .param("ids", members)
                .query(LocalDate.class)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
        return days.isEmpty() ? null : days.get(random.nextInt(days.size()));
    }

    /** The members added, with their stays and standings: none of them stays for the tests after. */
    void remove() {
        if (members.isEmpty()) {
            return;
        }
        for (String table : List.of("member_standing", "member_cell_history")) {
            jdbc.sql("DELETE FROM " + table + " WHERE member_id IN (:ids)")
                    .param("ids", members)
                    .update();
        }
        jdbc.sql("DELETE FROM member WHERE id IN (:ids)").param("ids", members).update();
        members.clear();
    }
}
