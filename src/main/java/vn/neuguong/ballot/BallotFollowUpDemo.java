package vn.neuguong.ballot;

import java.sql.Types;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Bồ Đề round's follow-up as the demo tells it: the Ban Thường vụ Quận ủy Long Biên's conclusions on the results
 * reported to it, and three remedial measures (biện pháp chỉ đạo khắc phục) for the ward, two done. The wording and
 * dates are the demo's; article 001 tells only that the round was held.
 */
@Component
class BallotFollowUpDemo {

    static final String CONCLUSIONS = "Ban Thường vụ Quận ủy ghi nhận kết quả lấy ý kiến góp ý đợt I năm 2022 tại"
            + " phường Bồ Đề: 202 phiếu phát ra, 202 phiếu thu về, việc lấy ý kiến bảo đảm dân chủ, công khai, trung"
            + " thực. Đa số ý kiến đánh giá đồng chí Bí thư Đảng ủy và đồng chí Chủ tịch UBND phường gương mẫu, có tinh"
            + " thần trách nhiệm; một số ý kiến đề nghị tăng cường đi cơ sở, nắm tình hình tổ dân phố và công khai kết"
            + " quả thực hiện kế hoạch tu dưỡng, rèn luyện. Yêu cầu hai đồng chí tiếp thu, bổ sung kế hoạch cá nhân và"
            + " báo cáo kết quả khắc phục về Ban Thường vụ Quận ủy.";

    private final JdbcClient jdbc;

    BallotFollowUpDemo(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void record(long roundId, long district, long ward, Long secretary) {
        jdbc.sql("INSERT INTO ballot_conclusion (round_id, conclusions, recorded_by, recorded_on) VALUES (:r, :c,"
                        + " 'Ban Thường vụ Quận ủy Long Biên', :on)")
                .param("r", roundId)
                .param("c", CONCLUSIONS)
                .param("on", LocalDate.of(2022, 5, 24))
                .update();
        measure(
                roundId,
                1,
                "Bổ sung kế hoạch tu dưỡng, rèn luyện đạo đức theo các ý kiến góp ý và niêm yết công khai"
                        + " tại trụ sở UBND phường",
                ward,
                secretary,
                LocalDate.of(2022, 6, 15),
                LocalDate.of(2022, 6, 10));
        measure(
                roundId,
                2,
                "Định kỳ hằng tháng đi cơ sở, dự sinh hoạt chi bộ và làm việc với các tổ dân phố",
                ward,
                secretary,
                LocalDate.of(2022, 9, 30),
                LocalDate.of(2022, 9, 28));
        measure(
                roundId,
                3,
                "Báo cáo kết quả khắc phục hạn chế sau góp ý về Ban Thường vụ Quận ủy",
                ward,
                null,
                LocalDate.of(2022, 11, 30),
                null);
    }

    private void measure(
            long roundId, int position, String text, long owner, Long member, LocalDate dueOn, LocalDate doneOn) {
        jdbc.sql("INSERT INTO ballot_measure (round_id, position, measure, owner_organization_id, owner_member_id,"
                        + " due_on, done_on) VALUES (:r, :p, :m, :o, :member, :due, :done)")
                .param("r", roundId)
                .param("p", position)
                .param("m", text)
                .param("o", owner)
                .param("member", member, Types.BIGINT)
                .param("due", dueOn)
                .param("done", doneOn, Types.DATE)
                .update();
    }
}
