package vn.neuguong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;
import vn.neuguong.ballot.BallotSql;
import vn.neuguong.commendation.CommendationSql;
import vn.neuguong.meeting.MeetingSql;

/**
 * The staff pages of articles as a person sees them: a draft started from a held meeting, a closed ballot round
 * (its turnout, never a result) or a commendation decision carries its facts; the form refused shows every error;
 * the article's page offers the next step; another scope's source or article is unknown.
 */
@IntegrationTest
class ArticlePagesIntegrationTests extends CommentTestSupport {

    String page(String user, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(demo.signedIn(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    Long first(String sql) {
        return jdbc.sql(sql).query(Long.class).optional().orElse(null);
    }

    @Test
    void aDraftStartsFromAMeetingABallotRoundsTurnoutOrADecisionWithItsFacts() throws Exception {
        long district = demo.organization("Quận ủy Đống Đa");
        String under = " IN (SELECT id FROM organization WHERE path <@ (SELECT path FROM organization WHERE id = "
                + district + "))";
        Long meeting = first("SELECT m.id FROM " + MeetingSql.facts() + " m WHERE m.status = 'HELD' AND m.host_id"
                + under + " ORDER BY m.invited DESC, m.starts_at DESC LIMIT 1");
        Long round = first("SELECT b.id FROM " + BallotSql.turnouts() + " b WHERE b.status = 'CLOSED'"
                + " AND b.issued = 202 AND b.closed_on = DATE '2022-05-10' LIMIT 1");
        Long decision = first("SELECT d.id FROM " + CommendationSql.decisions() + " d WHERE d.organization_id = "
                + demo.organization("Quận ủy Thanh Xuân") + " LIMIT 1");
        assertThat(meeting).isNotNull();
        String fromMeeting = page(DISTRICT, "/portal-admin/articles/new?sourceKind=MEETING&sourceId={id}", meeting);
        String title = jdbc.sql("SELECT title FROM " + MeetingSql.facts() + " m WHERE m.id = :id")
                .param("id", meeting)
                .query(String.class)
                .single();
        assertThat(fromMeeting)
                .contains(org.springframework.web.util.HtmlUtils.htmlEscape(title, "UTF-8"), " tổ chức ", "Ngày ")
                .contains("name=\"sourceKind\" value=\"MEETING\"");
        Long conference = first("SELECT m.id FROM " + MeetingSql.facts() + " m WHERE m.status = 'HELD'"
                + " AND m.invited > 0 ORDER BY m.starts_at DESC LIMIT 1");
        if (conference != null) {
            assertThat(page("admin", "/portal-admin/articles/new?sourceKind=MEETING&sourceId={id}", conference))
                    .contains("Tham dự có", "đại biểu được triệu tập");
        }
        assertThat(page(DISTRICT, "/portal-admin/articles")).contains("Hội nghị", "Viết từ");
        assertThat(round).as("article 001's closed round in Bồ Đề").isNotNull();
        String fromRound =
                page("bode.vanphong", "/portal-admin/articles/new?sourceKind=BALLOT_ROUND&sourceId={id}", round);
        assertThat(fromRound)
                .contains("Đã phát 202 phiếu, thu về 202 phiếu (100%)")
                .doesNotContain("Điểm trung bình", "Kết quả", "Rất tốt");
        assertThat(decision).as("Thanh Xuân's decision of 14/05/2024").isNotNull();
        assertThat(page("admin", "/portal-admin/articles/new?sourceKind=COMMENDATION_DECISION&sourceId={id}", decision))
                .contains("ban hành Quyết định số", "tập thể và");
        mvc.perform(get("/portal-admin/articles/new?sourceKind=BALLOT_ROUND&sourceId={id}", round)
                        .with(demo.signedIn(DISTRICT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/portal-admin/articles/new?sourceKind=MEETING&sourceId={id}", meeting)
                        .with(demo.signedIn("quoctugiam.vanphong")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theFormRefusedShowsEveryErrorAndTheArticlePageOffersTheNextStep() throws Exception {
        rolledBack(() -> {
            String refused = mvc.perform(post("/portal-admin/articles")
                            .with(csrf())
                            .with(demo.signedIn(WARD))
                            .param("title", "")
                            .param("bodyHtml", "<script>x</script>"))
                    .andExpect(status().isBadRequest())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(refused)
                    .contains(
                            "error-summary",
                            "href=\"#organizationId\"",
                            "href=\"#title\"",
                            "href=\"#bodyHtml\"",
                            "href=\"#categoryId\"");
            long ward = demo.organization("Đảng ủy phường Văn Miếu");
            long category = jdbc.sql("SELECT id FROM portal_category WHERE slug = 'cong-tac-dang'")
                    .query(Long.class)
                    .single();
            String location = mvc.perform(post("/portal-admin/articles")
                            .with(csrf())
                            .with(demo.signedIn(WARD))
                            .param("organizationId", "" + ward)
                            .param("categoryId", "" + category)
                            .param("title", "Chi bộ 1 sinh hoạt chuyên đề")
                            .param("bodyHtml", "<p>Nội dung <strong>đậm</strong></p>")
                            .param("tags", "Nêu gương, Chi bộ"))
                    .andExpect(status().isFound())
                    .andReturn()
                    .getResponse()
                    .getRedirectedUrl();
            String shown = page(WARD, location);
            assertThat(shown).contains("Bản nháp", "Gửi duyệt", "<strong>đậm</strong>", "Chi bộ, Nêu gương");
            mvc.perform(get(location).with(demo.signedIn("quoctugiam.vanphong")))
                    .andExpect(status().isNotFound());
        });
    }

    @Test
    void theHomePageListsTheCommentsWaitingForModerationInScope() throws Exception {
        assertThat(page(DISTRICT, "/dashboard"))
                .contains("Bình luận của bạn đọc chờ kiểm duyệt", "Hỏi về thời gian họp", "Phạm Quang Huy")
                .contains("/portal-admin/comments?status=PENDING");
        assertThat(page("quoctugiam.vanphong", "/dashboard")).doesNotContain("Hỏi về thời gian họp");
    }

    @Test
    void theLeadImageIsKeptInAPhoneAndADeskSizeAndShownOnlyOncePublished() throws Exception {
        rolledBack(() -> {
            long article = article("Đảng ủy phường Văn Miếu");
            jdbc.sql("UPDATE portal_article SET status = 'DRAFT', published_at = NULL WHERE id = :id")
                    .param("id", article)
                    .update();
            var png = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(
                    new java.awt.image.BufferedImage(2000, 1000, java.awt.image.BufferedImage.TYPE_INT_ARGB),
                    "png",
                    png);
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                    "/portal-admin/articles/{id}/image", article)
                            .file(new org.springframework.mock.web.MockMultipartFile(
                                    "file", "not-a-photo.png", "image/png", "plain text".getBytes()))
                            .with(csrf())
                            .with(demo.signedIn(WARD)))
                    .andExpect(status().isFound())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                            .attribute("error", org.hamcrest.Matchers.containsString("JPEG")));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                    "/portal-admin/articles/{id}/image", article)
                            .file(new org.springframework.mock.web.MockMultipartFile(
                                    "file", "anh.png", "image/png", png.toByteArray()))
                            .with(csrf())
                            .with(demo.signedIn(WARD)))
                    .andExpect(status().isFound());
            long image = jdbc.sql("SELECT lead_image_id FROM portal_article WHERE id = :id")
                    .param("id", article)
                    .query(Long.class)
                    .single();
            assertThat(jdbc.sql("SELECT width || 'x' || height || ' ' || phone_width FROM portal_image WHERE id = :id")
                            .param("id", image)
                            .query(String.class)
                            .single())
                    .isEqualTo("1280x640 640");
            mvc.perform(get("/portal/images/{id}/phone.jpg", image)).andExpect(status().isNotFound());
            jdbc.sql("UPDATE portal_article SET status = 'PUBLISHED', published_at = now() WHERE id = :id")
                    .param("id", article)
                    .update();
            byte[] phone = mvc.perform(get("/portal/images/{id}/phone.jpg", image))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(phone))
                            .getWidth())
                    .isEqualTo(640);
            String shown = mvc.perform(get("/portal/articles/{id}", article).param("lang", "vi"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(shown)
                    .contains(
                            "/portal/images/" + image + "/phone.jpg 640w",
                            "/portal/images/" + image + "/desk.jpg 1280w")
                    .contains("<meta property=\"og:image\" content=\"http://localhost/portal/images/" + image
                            + "/desk.jpg\">");
        });
    }
}
