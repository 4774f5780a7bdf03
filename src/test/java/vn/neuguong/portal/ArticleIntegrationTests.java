package vn.neuguong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.neuguong.IntegrationTest;

/**
 * Articles from the draft to the reader: written, refused with every bad field named and nothing kept, sanitized,
 * sent for review, published now or on schedule, read anonymously (and from memory), counted once per reader,
 * searched without diacritics, fed and mapped; scoped per organization.
 */
@IntegrationTest
class ArticleIntegrationTests extends CommentTestSupport {

    static final String BROWSER =
            "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36";

    @Autowired
    PortalPageCache cache;

    @Autowired
    ViewCounter views;

    @Autowired
    ArticlePublisher publisher;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @BeforeEach
    void emptyCache() {
        cache.clear();
    }

    long seed(String titleStart) {
        return jdbc.sql("SELECT id FROM portal_article WHERE created_by = 'demo' AND title LIKE :t")
                .param("t", titleStart + "%")
                .query(Long.class)
                .single();
    }

    String draft(String title, String body) {
        long ward = demo.organization("Đảng ủy phường Văn Miếu");
        long category = jdbc.sql("SELECT id FROM portal_category WHERE slug = 'tin-hoat-dong'")
                .query(Long.class)
                .single();
        return "{\"organizationId\":" + ward + ",\"categoryId\":" + category + ",\"title\":\"" + title
                + "\",\"summary\":\"Phường Văn Miếu ra quân\",\"bodyHtml\":\"" + body
                + "\",\"byline\":\"VĂN PHÒNG ĐẢNG ỦY\",\"sourceTag\":\"VM\",\"tags\":[\"Nêu gương\",\"Văn Miếu\"]}";
    }

    @Test
    void theSeedArticlesAreOnThePortalWithTheirDatesViewsBylinesAndTags() throws Exception {
        mvc.perform(get("/portal"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/html;charset=UTF-8"))
                .andExpect(content().string(containsString("Thanh Xuân: Biểu dương 27 tập thể")))
                .andExpect(content().string(containsString("Quận ủy Đống Đa triển khai đợt sinh hoạt chính trị")))
                .andExpect(content().string(not(containsString("Xác định rõ trách nhiệm, nghĩa vụ"))));
        long dongDa = seed("Quận ủy Đống Đa triển khai");
        String page = mvc.perform(get("/portal/articles/{id}", dongDa))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("17/12/2024 11:12", "Lượt xem", ">79<", "BAN TUYÊN GIÁO QUẬN ỦY", "Kế hoạch số 347-KH/QU")
                .contains("<meta property=\"og:type\" content=\"article\">", "<meta name=\"description\"")
                .contains("rel=\"canonical\" href=\"http://localhost/portal/articles/" + dongDa + "\"")
                .contains(">Dư luận xã hội</a>", "Mới nhất", "Liên kết website");
        long thanhXuan = seed("Thanh Xuân: Biểu dương");
        mvc.perform(get("/portal/articles/{id}", thanhXuan).param("lang", "en"))
                .andExpect(content().string(containsString("HNP -")))
                .andExpect(content().string(containsString("View count")))
                .andExpect(content().string(containsString("14/05/2024 21:11")))
                .andExpect(content().string(containsString("Other news")))
                .andExpect(content().string(containsString("Hội nghị lấy ý kiến góp ý")));
    }

    @Test
    void anArticleGoesFromDraftThroughReviewToTheReadersAndBack() throws Exception {
        rolledBack(() -> {
            String json = demo.send(
                            mvc,
                            post("/api/v1/articles"),
                            WARD,
                            null,
                            draft(
                                    "Phường Văn Miếu ra quân",
                                    "<p>Sáng nay<script>alert(1)</script></p>" + "<img src=x onerror=alert(2)>"
                                            + "<figure><img src='/portal/images/9/desk.jpg' alt='Hội nghị'>"
                                            + "<figcaption>Toàn cảnh hội nghị</figcaption></figure>"
                                            + "<a href='javascript:alert(3)'>xem</a>"))
                    .andExpect(status().isCreated())
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.slug").value("phuong-van-mieu-ra-quan"))
                    .andExpect(jsonPath("$.tags.length()").value(2))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            long id = ((Number) JsonPath.read(json, "$.id")).longValue();
            String body = JsonPath.read(json, "$.bodyHtml");
            assertThat(body)
                    .contains("Sáng nay", "<figure>", "<img src=\"/portal/images/9/desk.jpg\" alt=\"Hội nghị\">")
                    .contains("<figcaption>Toàn cảnh hội nghị</figcaption>", "<a>xem</a>")
                    .doesNotContain("script", "onerror", "alert");
            mvc.perform(get("/portal/articles/{id}", id)).andExpect(status().isNotFound());
            demo.send(mvc, post("/api/v1/articles/{id}/publish", id), WARD, 0, null)
                    .andExpect(status().isConflict());
            demo.send(mvc, post("/api/v1/articles/{id}/submit", id), WARD, 0, null)
                    .andExpect(jsonPath("$.status").value("REVIEW"));
            demo.send(mvc, post("/api/v1/articles/{id}/publish", id), "bithu.vanmieu1", 1, null)
                    .andExpect(status().isForbidden());
            mvc.perform(get("/portal")).andExpect(content().string(not(containsString("Phường Văn Miếu ra quân"))));
            demo.send(mvc, post("/api/v1/articles/{id}/publish", id), WARD, 1, "{}")
                    .andExpect(jsonPath("$.status").value("PUBLISHED"))
                    .andExpect(jsonPath("$.publishedAt").isNotEmpty());
            cache.on(new PortalChanged(id));
            mvc.perform(get("/portal")).andExpect(content().string(containsString("Phường Văn Miếu ra quân")));
            mvc.perform(get("/portal/articles/{id}", id))
                    .andExpect(status().isOk())
                    .andExpect(header().string(PortalPageCache.HEADER, "MISS"))
                    .andExpect(header().doesNotExist("Set-Cookie"))
                    .andExpect(content().string(containsString("VM -")))
                    .andExpect(content().string(not(containsString("<script>alert"))));
            mvc.perform(get("/portal/articles/{id}", id)).andExpect(header().string(PortalPageCache.HEADER, "HIT"));
            demo.send(mvc, post("/api/v1/articles/{id}/withdraw", id), WARD, 2, null)
                    .andExpect(jsonPath("$.status").value("DRAFT"));
            cache.on(new PortalChanged(id));
            mvc.perform(get("/portal/articles/{id}", id)).andExpect(status().isNotFound());
        });
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndNothingIsKept() throws Exception {
        rolledBack(() -> {
            long before = jdbc.sql("SELECT count(*) FROM portal_article")
                    .query(Long.class)
                    .single();
            demo.send(
                            mvc,
                            post("/api/v1/articles"),
                            WARD,
                            null,
                            "{\"title\":\"<b>Tin</b>\",\"bodyHtml\":\"<script>x</script>\",\"sourceTag\":\""
                                    + "X".repeat(21) + "\",\"tags\":[\"" + "t".repeat(61) + "\"]}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("organizationId")))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("categoryId")))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("bodyHtml")))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("sourceTag")))
                    .andExpect(jsonPath("$.errors[*].field", hasItem("tags")));
            long foreign = demo.organization("Quận ủy Thanh Xuân");
            demo.send(
                            mvc,
                            post("/api/v1/articles"),
                            WARD,
                            null,
                            draft("Tin", "<p>x</p>")
                                    .replaceFirst("\"organizationId\":\\d+", "\"organizationId\":" + foreign))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("organizationId")));
            assertThat(jdbc.sql("SELECT count(*) FROM portal_article")
                            .query(Long.class)
                            .single())
                    .isEqualTo(before);
            long dongDa = seed("Quận ủy Đống Đa triển khai");
            demo.send(mvc, get("/api/v1/articles/{id}", dongDa), WARD, null, null)
                    .andExpect(status().isNotFound());
            demo.send(mvc, put("/api/v1/articles/{id}", dongDa), "dongda.tuyengiao", null, draft("x", "<p>x</p>"))
                    .andExpect(status().isPreconditionRequired());
            demo.send(mvc, get("/api/v1/articles").param("size", "abc"), WARD, null, null)
                    .andExpect(status().isBadRequest());
        });
    }

    @Test
    void aScheduledArticleWaitsInReviewAndIsPublishedWhenItsTimeComes() throws Exception {
        rolledBack(() -> {
            String json = demo.send(mvc, post("/api/v1/articles"), WARD, null, draft("Tin hẹn giờ", "<p>x</p>"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            long id = ((Number) JsonPath.read(json, "$.id")).longValue();
            demo.send(mvc, post("/api/v1/articles/{id}/submit", id), WARD, 0, null);
            demo.send(
                            mvc,
                            post("/api/v1/articles/{id}/publish", id),
                            WARD,
                            1,
                            "{\"publishAt\":\"2999-01-01T08:00:00+07:00\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", hasItem("publishAt")));
            String soon = java.time.OffsetDateTime.now().plusHours(2).toString();
            demo.send(mvc, post("/api/v1/articles/{id}/publish", id), WARD, 1, "{\"publishAt\":\"" + soon + "\"}")
                    .andExpect(jsonPath("$.status").value("REVIEW"))
                    .andExpect(jsonPath("$.publishAt").isNotEmpty());
            assertThat(publisher.publishDue()).doesNotContain(id);
            mvc.perform(get("/portal/articles/{id}", id)).andExpect(status().isNotFound());
            jdbc.sql("UPDATE portal_article SET publish_at = now() - interval '1 minute' WHERE id = :id")
                    .param("id", id)
                    .update();
            assertThat(publisher.publishDue()).contains(id);
            cache.clear();
            mvc.perform(get("/portal/articles/{id}", id)).andExpect(status().isOk());
        });
    }

    @Test
    void aReaderIsCountedOnceAndRobotsNotAndTheCountIsWrittenInOneGo() throws Exception {
        long article = seed("Hội nghị lấy ý kiến góp ý");
        views.flush();
        long before = jdbc.sql("SELECT view_count FROM portal_article WHERE id = :id")
                .param("id", article)
                .query(Long.class)
                .single();
        String address = newAddress();
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/portal/articles/{id}", article)
                    .header("User-Agent", BROWSER)
                    .with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    }));
        }
        mvc.perform(get("/portal/articles/{id}", article)
                .header("User-Agent", "Googlebot/2.1")
                .with(r -> {
                    r.setRemoteAddr(newAddress());
                    return r;
                }));
        assertThat(views.pending(article)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT view_count FROM portal_article WHERE id = :id")
                        .param("id", article)
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
        assertThat(views.flush()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT view_count FROM portal_article WHERE id = :id")
                        .param("id", article)
                        .query(Long.class)
                        .single())
                .isEqualTo(before + 1);
    }

    @Test
    void readersSearchWithoutDiacriticsAndBrowseCategoriesTagsAndOrganizations() throws Exception {
        mvc.perform(get("/portal/search").param("q", "ky nguyen vuon minh"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quận ủy Đống Đa triển khai đợt sinh hoạt chính trị")))
                .andExpect(content().string(not(containsString("Thanh Xuân: Biểu dương"))));
        mvc.perform(get("/portal/search").param("q", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        mvc.perform(get("/portal/categories/hoc-tap-va-lam-theo-bac"))
                .andExpect(content().string(containsString("Thanh Xuân: Biểu dương 27 tập thể")));
        mvc.perform(get("/portal/categories/khong-co")).andExpect(status().isNotFound());
        mvc.perform(get("/portal/tags").param("t", "Chỉ thị 05-CT/TW"))
                .andExpect(content().string(containsString("Hội nghị lấy ý kiến góp ý")));
        long ward = demo.organization("Đảng ủy phường Bồ Đề");
        mvc.perform(get("/portal/organizations/{id}", ward))
                .andExpect(content().string(containsString("Hội nghị lấy ý kiến góp ý")))
                .andExpect(content().string(containsString("/portal/organizations/" + ward + "/honour-roll")))
                .andExpect(
                        content().string(containsString("/portal/organizations/" + ward + "/self-cultivation-plans")));
        mvc.perform(get("/portal/organizations/{id}", 999_999_999L)).andExpect(status().isNotFound());
        mvc.perform(get("/portal/articles/{id}", "abc")).andExpect(status().isBadRequest());
    }

    @Test
    void theFeedSitemapAndRobotsNameThePublishedArticlesOnly() throws Exception {
        long dongDa = seed("Quận ủy Đống Đa triển khai");
        long review = seed("Xác định rõ trách nhiệm");
        mvc.perform(get("/portal/rss.xml"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/rss+xml"))
                .andExpect(content().string(containsString("<link>http://localhost/portal/articles/" + dongDa)))
                .andExpect(content().string(not(containsString("/portal/articles/" + review + "<"))));
        mvc.perform(get("/portal/sitemap.xml"))
                .andExpect(content()
                        .string(containsString("<loc>http://localhost/portal/articles/" + dongDa
                                + "</loc><lastmod>2024-12-17</lastmod>")));
        mvc.perform(get("/robots.txt"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sitemap: http://localhost/portal/sitemap.xml")));
    }

    @Test
    void theCacheIsClearedWhenAChangeReadersSeeIsCommittedAndKeptWhenItIsRolledBack() throws Exception {
        mvc.perform(get("/portal")).andExpect(header().string(PortalPageCache.HEADER, "MISS"));
        mvc.perform(get("/portal")).andExpect(header().string(PortalPageCache.HEADER, "HIT"));
        transaction.executeWithoutResult(status -> {
            events.publishEvent(new PortalChanged(1));
            status.setRollbackOnly();
        });
        mvc.perform(get("/portal")).andExpect(header().string(PortalPageCache.HEADER, "HIT"));
        transaction.executeWithoutResult(status -> events.publishEvent(new PortalChanged(1)));
        mvc.perform(get("/portal")).andExpect(header().string(PortalPageCache.HEADER, "MISS"));
        mvc.perform(get("/portal").cookie(new jakarta.servlet.http.Cookie("SESSION", "abc")))
                .andExpect(header().doesNotExist(PortalPageCache.HEADER));
    }
}
