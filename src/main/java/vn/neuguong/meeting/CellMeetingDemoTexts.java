package vn.neuguong.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * The words of the Văn Miếu cells' thematic meetings ({@link CellMeetingDemoData}): the three rounds of article 004,
 * each on one of the contents the article lists, and the minutes a secretary writes of one. The days of January and
 * February are the demo's (the article names the months only).
 */
final class CellMeetingDemoTexts {

    private CellMeetingDemoTexts() {}

    /**
     * A round: its title, its topic, the day of each cell's meeting (cells 1 to 4) and why a cell called it off (none
     * on 16-12-2024, when every cell met).
     */
    record Round(String title, String topic, List<LocalDate> days, String cancelReason) {}

    static final List<Round> ROUNDS = List.of(
            new Round(
                    "Sinh hoạt chuyên đề ngày 16-12-2024: kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc",
                    "Nhận thức về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc: khái niệm, nội hàm, mục tiêu",
                    List.of(day(2024, 12, 16), day(2024, 12, 16), day(2024, 12, 16), day(2024, 12, 16)),
                    null),
            new Round(
                    "Sinh hoạt chuyên đề tháng 01-2025: vận hội và sứ mệnh lịch sử của kỷ nguyên vươn mình",
                    "Cơ sở xác định mục tiêu đưa đất nước bước vào kỷ nguyên mới: vận hội và sứ mệnh lịch sử",
                    List.of(day(2025, 1, 10), day(2025, 1, 14), day(2025, 1, 17), day(2025, 1, 21)),
                    "Trùng lịch ra quân tổng vệ sinh môi trường đón Tết Ất Tỵ của tổ dân phố; chi bộ sinh hoạt ghép"
                            + " nội dung vào kỳ tháng 02-2025."),
            new Round(
                    "Sinh hoạt chuyên đề tháng 02-2025: 7 định hướng chiến lược đưa đất nước vào kỷ nguyên mới",
                    "7 định hướng chiến lược đưa đất nước bước vào kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc",
                    List.of(day(2025, 2, 12), day(2025, 2, 14), day(2025, 2, 18), day(2025, 2, 20)),
                    "Đồng chí Bí thư Chi bộ đi học tập trung, Chi ủy đề nghị Đảng ủy phường cho lùi lịch sinh hoạt."));

    /**
     * The minutes of the cell's meeting of the round, chaired by its secretary: what was studied, the conclusions and
     * three follow-up tasks (the reflections by each member, the propaganda in the residential group, a report).
     */
    static MinutesForm minutes(Round round, LocalDate day, long secretary, long cell) {
        String body = "<p>Chi bộ tổ chức sinh hoạt chuyên đề \"" + round.topic() + "\" theo Kế hoạch số 347-KH/QU ngày"
                + " 11-12-2024 của Quận ủy Đống Đa.</p><p>Đồng chí Bí thư Chi bộ quán triệt nội dung chuyên đề; các"
                + " đảng viên thảo luận, liên hệ với thực tiễn tổ dân phố, nêu gương trong giữ gìn trật tự, vệ sinh"
                + " đô thị và tuyên truyền đến Nhân dân.</p><ul><li>Đảng viên phát biểu: 5 ý kiến.</li>"
                + "<li>Ý kiến của Nhân dân tổ dân phố được tổng hợp báo cáo Đảng ủy phường.</li></ul>";
        String conclusions = "Chi bộ thống nhất: mỗi đảng viên viết thu hoạch và xây dựng kế hoạch hành động của bản"
                + " thân; tuyên truyền nội dung chuyên đề đến các hộ gia đình trong tổ dân phố; Chi ủy tổng hợp, báo"
                + " cáo Đảng ủy phường kết quả sinh hoạt.";
        return new MinutesForm(
                secretary,
                body,
                conclusions,
                List.of(
                        new MinutesForm.TaskRow(
                                "Đảng viên viết thu hoạch, xây dựng kế hoạch hành động của bản thân",
                                cell,
                                null,
                                LocalDate.of(2025, 2, 28)),
                        new MinutesForm.TaskRow(
                                "Tuyên truyền nội dung chuyên đề tại hội nghị tổ dân phố",
                                cell,
                                null,
                                day.plusDays(20)),
                        new MinutesForm.TaskRow(
                                "Báo cáo Đảng ủy phường kết quả buổi sinh hoạt", null, secretary, day.plusDays(5))));
    }

    private static LocalDate day(int year, int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }
}
