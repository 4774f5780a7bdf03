package vn.neuguong.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.web.PartyDocument.Block;
import vn.neuguong.web.PartyDocument.Heading;
import vn.neuguong.web.PartyDocument.Paragraph;
import vn.neuguong.web.PartyDocument.Table;

/** A ward committee's quarterly report, short and long, for the writers' tests. */
final class PartyDocuments {

    static final String QUAN_TRIET =
            "Đảng ủy đã quán triệt, triển khai Chuyên đề năm 2023 đến toàn thể cán bộ, đảng viên; các chi bộ xây dựng"
                    + " kế hoạch, đăng ký việc làm theo tấm gương đạo đức, phong cách Hồ Chí Minh và gắn với việc"
                    + " thực hiện nhiệm vụ chính trị của địa phương, của từng chi bộ.";

    private PartyDocuments() {}

    static PartyDocument report() {
        return report(List.of(
                new Heading("I. KẾT QUẢ THỰC HIỆN"),
                new Paragraph(QUAN_TRIET),
                new Table(
                        List.of("Chỉ tiêu", "Số liệu"),
                        List.of(
                                List.of("Chi bộ đã tổ chức học tập chuyên đề", "18/18"),
                                List.of("Đảng viên đăng ký làm theo", "512"),
                                List.of("Tập thể, cá nhân được biểu dương", "27"))),
                new Heading("II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ II"),
                new Paragraph(
                        "Tiếp tục đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")));
    }

    /** The report with enough paragraphs, headings and table rows for more than 30 pages. */
    static PartyDocument longReport() {
        var body = new ArrayList<Block>();
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= 60; i++) {
            rows.add(List.of("Chi bộ khu dân cư số " + i, Integer.toString(i * 7)));
        }
        for (int section = 1; section <= 30; section++) {
            body.add(new Heading(section + ". Nội dung thứ " + section));
            for (int i = 0; i < 7; i++) {
                body.add(new Paragraph(QUAN_TRIET + " " + QUAN_TRIET));
            }
            if (section % 10 == 0) {
                body.add(new Table(List.of("Chỉ tiêu", "Số liệu"), rows));
            }
        }
        return report(body);
    }

    /** The report with another body. */
    static PartyDocument report(List<Block> body) {
        return new PartyDocument(
                "ĐẢNG BỘ QUẬN ĐỐNG ĐA",
                "ĐẢNG ỦY PHƯỜNG VĂN MIẾU",
                "12-BC/ĐU",
                "Văn Miếu",
                LocalDate.of(2025, 3, 30),
                "BÁO CÁO",
                "kết quả thực hiện Chuyên đề năm 2023, quý I năm 2023",
                body,
                List.of("Quận ủy Đống Đa,", "Các chi bộ trực thuộc,", "Lưu VP."),
                "T/M ĐẢNG ỦY",
                "BÍ THƯ",
                "Nguyễn Thị Hồng");
    }
}
