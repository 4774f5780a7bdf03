package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.TimeConfiguration;

/** The signature sheet prints Vietnamese names as written; page 1 is kept under target/ to look at. */
@IntegrationTest
class AttendanceSheetIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Test
    void theSheetNamesTheHostTheMeetingAndTheInvitedMembersWithTheirDiacritics() throws Exception {
        var start = LocalDateTime.now(TimeConfiguration.ZONE)
                .plusDays(50)
                .withHour(8)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        long id = WardMeetings.plan(mvc, demo, jdbc, "Hội nghị học tập chuyên đề năm 2024", start, start.plusHours(3));
        byte[] pdf = mvc.perform(get("/meetings/{id}/attendance-sheet.pdf", id).with(demo.signedIn(WardMeetings.STAFF)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("DANH SÁCH KÝ TÊN")
                    .contains("Hội nghị học tập chuyên đề năm 2024")
                    .contains("Đảng ủy phường Văn Miếu")
                    .contains("Nguyễn Văn An")
                    .contains("Ký tên")
                    .contains("Tổng số: 1 người");
            var page = new PDFRenderer(document).renderImageWithDPI(0, 110);
            Path out = Path.of("target", "test-artifacts", "attendance-sheet-page1.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(page, "png", out.toFile());
            assertThat(Files.size(out)).isGreaterThan(5_000);
        }
        mvc.perform(get("/meetings/{id}/attendance-sheet.pdf", id).with(demo.signedIn(WardMeetings.MEMBER)))
                .andExpect(status().isNotFound());
    }
}
