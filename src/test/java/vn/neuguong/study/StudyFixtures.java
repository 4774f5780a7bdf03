package vn.neuguong.study;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the study tests read of the demo data, and a round of their own to change without touching the demo
 * figures: the 2023 theme (which owes no members' submissions) given study files of the Văn Miếu cell no. 1.
 */
record StudyFixtures(JdbcClient jdbc) {

    long demoRound() {
        return jdbc.sql("SELECT campaign_id FROM study_round r JOIN campaign c ON c.id = r.campaign_id"
                        + " WHERE c.title = :t AND c.parent_id IS NULL ORDER BY c.id LIMIT 1")
                .param("t", StudyDemoData.ROUND_TITLE)
                .query(Long.class)
                .single();
    }

    long testRound() {
        long campaign = jdbc.sql("SELECT id FROM campaign WHERE title = 'Chuyên đề năm 2023 về trách nhiệm nêu gương'"
                        + " AND parent_id IS NULL ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        jdbc.sql("INSERT INTO study_round (campaign_id, launched_on, members) VALUES (:c, DATE '2023-04-25', 0)"
                        + " ON CONFLICT DO NOTHING")
                .param("c", campaign)
                .update();
        return campaign;
    }

    /** A fresh file of the member in the test round, due on the day; any earlier one is removed. */
    long freshFile(long memberId, LocalDate dueOn) {
        long campaign = testRound();
        String file = "(SELECT id FROM study_file WHERE campaign_id = :c AND member_id = :m)";
        jdbc.sql("DELETE FROM study_submission WHERE file_id = " + file)
                .param("c", campaign)
                .param("m", memberId)
                .update();
        jdbc.sql("DELETE FROM study_commitment WHERE file_id = " + file)
                .param("c", campaign)
                .param("m", memberId)
                .update();
        jdbc.sql("DELETE FROM study_file WHERE campaign_id = :c AND member_id = :m")
                .param("c", campaign)
                .param("m", memberId)
                .update();
        return jdbc.sql("INSERT INTO study_file (campaign_id, member_id, cell_id, due_on)"
                        + " SELECT :c, m.id, m.cell_id, :due FROM member m WHERE m.id = :m RETURNING id")
                .param("c", campaign)
                .param("m", memberId)
                .param("due", dueOn)
                .query(Long.class)
                .single();
    }

    long memberOf(String username) {
        return jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    long cellOf(long memberId) {
        return jdbc.sql("SELECT cell_id FROM member WHERE id = :m")
                .param("m", memberId)
                .query(Long.class)
                .single();
    }
}
