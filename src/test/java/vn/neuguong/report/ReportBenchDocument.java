package vn.neuguong.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.web.PartyDocument;
import vn.neuguong.web.PartyDocument.Block;
import vn.neuguong.web.PartyDocument.Heading;
import vn.neuguong.web.PartyDocument.Paragraph;
import vn.neuguong.web.PartyDocument.Table;

/**
 * A province's long quarterly report, laid out as {@link ReportExport} lays one out (the figures as a numbered table
 * with the corrections' reasons, then each section as its heading and paragraphs), long enough for about 30 pages
 * of PDF: what {@link ReportBench} times the DOCX and PDF writers on. The text is generated, in Vietnamese, so that
 * the fonts' Vietnamese glyphs are in play as in a real report.
 */
final class ReportBenchDocument {

    static final int FIGURES = 115;
    static final int SECTIONS = 9;
    static final int PARAGRAPHS = 14;

    private static final String[] SENTENCES = {
        "Cấp ủy đã quán triệt đầy đủ nội dung chuyên đề đến từng chi bộ và đảng viên trong đảng bộ.",
        "Các chi bộ tổ chức sinh hoạt chuyên đề đúng định kỳ, nội dung bám sát nhiệm vụ chính trị của địa phương.",
        "Tỷ lệ đảng viên tham gia học tập đạt cao, nhiều đảng viên viết bài thu hoạch có chất lượng.",
        "Một số chi bộ còn lúng túng trong việc cụ thể hóa nội dung học tập thành việc làm cụ thể.",
        "Ban Tuyên giáo đã phối hợp với Mặt trận và các đoàn thể tuyên truyền sâu rộng trong nhân dân.",
        "Việc kiểm tra, giám sát được duy trì thường xuyên, kịp thời chấn chỉnh những thiếu sót phát sinh.",
        "Trong quý tới, cấp ủy tiếp tục chỉ đạo nâng cao chất lượng sinh hoạt chi bộ và nhân rộng điển hình.",
    };

    private ReportBenchDocument() {}

    static PartyDocument of() {
        var body = new ArrayList<Block>();
        body.add(new Heading("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU"));
        var rows = new ArrayList<List<String>>();
        for (int i = 1; i <= FIGURES; i++) {
            String figure = i % 3 == 0
                    ? ReportExport.figure(ReportTemplate.Kind.RATIO, 900L + i, 1000L + 3 * i)
                    : ReportExport.figure(ReportTemplate.Kind.COUNT, 120L * i, null);
            rows.add(List.of(
                    String.valueOf(i),
                    "Chỉ tiêu số " + i + ": " + SENTENCES[i % SENTENCES.length].replace(".", ""),
                    figure,
                    i % 7 == 0 ? "Đã điều chỉnh so với số liệu hệ thống: rà soát lại theo sổ sinh hoạt" : ""));
        }
        body.add(new Table(List.of("STT", "Chỉ tiêu", "Số liệu báo cáo", "Ghi chú"), rows));
        String[] numerals = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"};
        for (int s = 0; s < SECTIONS; s++) {
            body.add(new Heading(numerals[s] + ". NỘI DUNG THỨ " + (s + 1) + " CỦA BÁO CÁO"));
            for (int p = 0; p < PARAGRAPHS; p++) {
                var paragraph = new StringBuilder();
                for (int k = 0; k < 5; k++) {
                    paragraph.append(SENTENCES[(s + p + k) % SENTENCES.length]).append(' ');
                }
                body.add(new Paragraph(paragraph.toString().strip()));
            }
        }
        return new PartyDocument(
                "ĐẢNG BỘ TOÀN QUỐC (BENCH)",
                "TỈNH ỦY SỐ 1",
                "12-BC/TU",
                "Tỉnh số 1",
                LocalDate.of(2025, 4, 10),
                "BÁO CÁO",
                "kết quả học tập chuyên đề — Quý I/2025",
                body,
                List.of("Ban Bí thư Trung ương,", "Lưu VP."),
                "T/M TỈNH ỦY",
                "BÍ THƯ",
                "Nguyễn Văn A");
    }
}
