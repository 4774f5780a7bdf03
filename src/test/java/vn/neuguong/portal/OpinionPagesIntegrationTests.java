package vn.neuguong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import vn.neuguong.IntegrationTest;

@IntegrationTest
class OpinionPagesIntegrationTests extends CommentTestSupport {

    @Test
    void staffRecordAnOpinionFromACommentOnThePagesAndSeeItListed() {
        rolledBack(() -> {
            long article = article("Đảng ủy phường Văn Miếu");
            long comment = jdbc.sql("INSERT INTO portal_comment (article_id, author_name, title, content, status,"
                            + " address_hash) VALUES (:a, 'An', 'Góp ý', 'Nên họp buổi tối', 'APPROVED', 'x')"
                            + " RETURNING id")
                    .param("a", article)
                    .query(Long.class)
                    .single();
            mvc.perform(get("/portal-admin/opinions/new")
                            .param("commentId", String.valueOf(comment))
                            .with(demo.signedIn(WARD)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Nên họp buổi tối")));
            mvc.perform(post("/portal-admin/opinions")
                            .with(csrf())
                            .with(demo.signedIn(WARD))
                            .param("kind", "OPINION")
                            .param("commentId", String.valueOf(comment))
                            .param("content", "<b>Nên</b> họp buổi tối"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"classification-error\"")))
                    .andExpect(content().string(containsString("id=\"content-error\"")));
            mvc.perform(post("/portal-admin/opinions")
                            .with(csrf())
                            .with(demo.signedIn(WARD))
                            .param("kind", "OPINION")
                            .param("commentId", String.valueOf(comment))
                            .param("classification", "SUGGESTION")
                            .param("content", "Nên họp buổi tối")
                            .param("heardOn", "2024-12-12"))
                    .andExpect(status().isFound());
            assertThat(jdbc.sql("SELECT class FROM portal_opinion WHERE comment_id = :c")
                            .param("c", comment)
                            .query(String.class)
                            .single())
                    .isEqualTo("SUGGESTION");
            mvc.perform(get("/portal-admin/opinions").with(demo.signedIn(WARD)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Nên họp buổi tối")));
            mvc.perform(get("/portal-admin/opinions/new")
                            .param("kind", "DISTORTION")
                            .with(demo.signedIn(DISTRICT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("name=\"sourceUrl\"")));
            mvc.perform(get("/portal-admin/comments").with(demo.signedIn(WARD))).andExpect(status().isOk());
            mvc.perform(get("/portal/opinions/new"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("altcha-widget")));
            mvc.perform(get("/portal/articles/{id}/comments", article))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("altcha-widget")));
        });
    }
}
