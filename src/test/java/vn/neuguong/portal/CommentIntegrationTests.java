package vn.neuguong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;

@IntegrationTest
class CommentIntegrationTests extends CommentTestSupport {

    private static final String SCRIPTED = "Tôi đồng tình & ủng hộ \"kỷ nguyên mới\" — a < b, xem https://example.org";

    @Test
    void commentWaitsForModerationThenShowsEscapedWithItsAnswer() {
        rolledBack(() -> {
            long article = article("Đảng ủy phường Văn Miếu");
            comment(article, newAddress(), "Nguyễn Văn An", "0912 345.678", "Ủng hộ", SCRIPTED, solvedCaptcha())
                    .andExpect(status().isFound())
                    .andExpect(redirectedUrl("/portal/articles/" + article));
            var kept = jdbc.sql("SELECT id, phone, status, version FROM portal_comment WHERE article_id = :a")
                    .param("a", article)
                    .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4)})
                    .single();
            assertThat(kept[1]).isEqualTo("0912345678");
            assertThat(kept[2]).isEqualTo("PENDING");
            mvc.perform(get("/portal/articles/{id}/comments", article))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("Nguyễn Văn An"))));

            long id = (Long) kept[0];
            mvc.perform(post("/portal-admin/comments/{id}/approval", id)
                            .with(csrf())
                            .with(demo.signedIn(WARD))
                            .param("version", "0"))
                    .andExpect(status().isFound());
            mvc.perform(post("/portal-admin/comments/{id}/answer", id)
                            .with(csrf())
                            .with(demo.signedIn(DISTRICT))
                            .param("version", "1")
                            .param("answer", "Cảm ơn đồng chí đã góp ý."))
                    .andExpect(status().isFound());
            mvc.perform(get("/portal/articles/{id}/comments", article))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Nguyễn Văn An")))
                    .andExpect(content().string(containsString("&amp; ủng hộ &quot;kỷ nguyên mới&quot;")))
                    .andExpect(content().string(containsString("a &lt; b")))
                    .andExpect(content().string(not(containsString("href=\"https://example.org"))))
                    .andExpect(content().string(not(containsString("0912345678"))))
                    .andExpect(content().string(containsString("Cảm ơn đồng chí đã góp ý.")));
            assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'PortalComment'"
                                    + " AND entity_id = :id")
                            .param("id", String.valueOf(id))
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
        });
    }

    @Test
    void commentWithoutAWrongOrAReplayedCaptchaIsRefusedNamingTheCaptcha() {
        rolledBack(() -> {
            long article = article("Đảng ủy phường Văn Miếu");
            String address = newAddress();
            comment(article, address, "An", null, "Tiêu đề", "Nội dung", null)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"altcha-error\"")));
            comment(article, address, "An", null, "Tiêu đề", "Nội dung", "bm90IGEgc29sdXRpb24=")
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"altcha-error\"")));
            assertThat(comments(article)).isZero();
            String solved = solvedCaptcha();
            comment(article, address, "An", null, "Tiêu đề", "Nội dung", solved).andExpect(status().isFound());
            comment(article, address, "An", null, "Tiêu đề", "Nội dung", solved)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"altcha-error\"")));
            assertThat(comments(article)).isEqualTo(1);
        });
    }

    @Test
    void overLongMarkupAndBadPhoneAreRefusedByFieldAndNothingIsSaved() {
        rolledBack(() -> {
            long article = article("Đảng ủy phường Văn Miếu");
            comment(
                            article,
                            newAddress(),
                            "<script>alert(1)</script>",
                            "0912 34",
                            "x".repeat(201),
                            "Xem <a href=\"javascript:alert(1)\">đây</a>",
                            solvedCaptcha())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"authorName-error\"")))
                    .andExpect(content().string(containsString("id=\"phone-error\"")))
                    .andExpect(content().string(containsString("id=\"title-error\"")))
                    .andExpect(content().string(containsString("id=\"content-error\"")))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))))
                    .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
            assertThat(comments(article)).isZero();
            comment(article, newAddress(), "An", null, "Tiêu đề", "javascript:alert(1)", solvedCaptcha())
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"content-error\"")));
            assertThat(comments(article)).isZero();
        });
    }

    @Test
    void theSixthCommentFromOneAddressInTheWindowIsRefusedWhileAnotherAddressStillPosts() {
        rolledBack(() -> {
            long article = article("Đảng ủy phường Văn Miếu");
            String flood = newAddress();
            for (int i = 0; i < 5; i++) {
                comment(article, flood, "An", null, "Lần " + i, "Nội dung", solvedCaptcha())
                        .andExpect(status().isFound());
            }
            comment(article, flood, "An", null, "Lần 6", "Nội dung", solvedCaptcha())
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(header().doesNotExist("Set-Cookie"))
                    .andExpect(content().string(containsString("id=\"limit\"")))
                    .andExpect(content().string(containsString("Please try again in")));
            comment(article, newAddress(), "Bình", null, "Khác", "Nội dung", solvedCaptcha())
                    .andExpect(status().isFound());
            assertThat(comments(article)).isEqualTo(6);
        });
    }

    @Test
    void aModeratorOfAnotherWardGets404OnAForeignComment() {
        rolledBack(() -> {
            long article = article("Đảng ủy phường Văn Miếu");
            comment(article, newAddress(), "An", null, "Tiêu đề", "Nội dung", solvedCaptcha());
            long id = jdbc.sql("SELECT id FROM portal_comment WHERE article_id = :a")
                    .param("a", article)
                    .query(Long.class)
                    .single();
            mvc.perform(post("/portal-admin/comments/{id}/approval", id)
                            .with(csrf())
                            .with(demo.signedIn(OTHER_WARD))
                            .param("version", "0"))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/portal-admin/comments").with(demo.signedIn(OTHER_WARD)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("comment-" + id + "\""))));
            mvc.perform(get("/portal-admin/comments").with(demo.signedIn(WARD)))
                    .andExpect(content().string(containsString("comment-" + id + "\"")));
        });
    }

    @Test
    void readersReportAnApprovedCommentAndModeratorsSeeTheCount() {
        rolledBack(() -> {
            long article = article("Đảng ủy phường Văn Miếu");
            comment(article, newAddress(), "An", null, "Tiêu đề", "Nội dung", solvedCaptcha());
            long id = jdbc.sql("SELECT id FROM portal_comment WHERE article_id = :a")
                    .param("a", article)
                    .query(Long.class)
                    .single();
            mvc.perform(post("/portal/comments/{id}/reports", id).with(csrf())).andExpect(status().isNotFound());
            jdbc.sql("UPDATE portal_comment SET status = 'APPROVED' WHERE id = :id")
                    .param("id", id)
                    .update();
            mvc.perform(post("/portal/comments/{id}/reports", id).with(csrf())).andExpect(status().isFound());
            mvc.perform(get("/portal-admin/comments").with(demo.signedIn(WARD)))
                    .andExpect(content().string(containsString("1 báo cáo vi phạm")));
        });
    }

    @Test
    void theArticlePageFetchesTheFormAndHtmxPostsAnswerWithTheFormAlone() throws Exception {
        rolledBack(() -> {
            long article = article("Đảng ủy phường Văn Miếu");
            String form = mvc.perform(
                            get("/portal/articles/{id}/comment-form", article).header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("text/html;charset=UTF-8"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(form)
                    .contains("id=\"comment-form\"")
                    .contains("<altcha-widget", "name=\"_csrf\"", "Họ tên:", "Mã xác nhận")
                    .doesNotContain("<html");
            mvc.perform(get("/portal/articles/{id}/comment-form", article))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("<html")));
            String address = newAddress();
            var refused = post("/portal/articles/{id}/comments", article)
                    .with(csrf())
                    .with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })
                    .header("HX-Request", "true")
                    .param("authorName", "An")
                    .param("title", "")
                    .param("content", "Nội dung");
            mvc.perform(refused)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("error-summary")))
                    .andExpect(content().string(not(containsString("<html"))));
            var sent = post("/portal/articles/{id}/comments", article)
                    .with(csrf())
                    .with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })
                    .header("HX-Request", "true")
                    .param("authorName", "An")
                    .param("title", "Ý kiến")
                    .param("content", "Nội dung")
                    .param("altcha", solvedCaptcha());
            mvc.perform(sent).andExpect(status().isOk()).andExpect(content().string(containsString("role=\"status\"")));
            mvc.perform(get("/portal/articles/{id}/comments", article).header("HX-Request", "true"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"comments\"")));
        });
    }
}
