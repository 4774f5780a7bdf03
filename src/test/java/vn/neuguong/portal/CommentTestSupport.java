package vn.neuguong.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import org.altcha.altcha.Altcha;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoFixtures;

/**
 * What the comment and opinion tests share: MockMvc, the database, the demo accounts, a published article made in the
 * test's rolled-back transaction, a captcha solved the way the widget solves it, and a client address of its own for
 * each test (the rate limit counts per address, and the buckets outlive a test).
 */
abstract class CommentTestSupport {

    static final String DISTRICT = "dongda.tuyengiao";
    static final String WARD = "vanmieu.vanphong";
    static final String OTHER_WARD = "quoctugiam.vanphong";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    TransactionTemplate transaction;

    void rolledBack(DemoFixtures.Body body) {
        demo.rolledBack(body);
    }

    /** A client address no other test uses. */
    static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    /** A published article of the organization named {@code organization}. */
    long article(String organization) {
        return jdbc.sql("INSERT INTO portal_article (organization_id, category_id, slug, title, body_html, status,"
                        + " published_at, created_by) VALUES (:o, (SELECT id FROM portal_category WHERE slug ="
                        + " 'tin-hoat-dong'), :slug, 'Bài viết thử', '<p>Nội dung</p>', 'PUBLISHED', now(), 'test')"
                        + " RETURNING id")
                .param("o", demo.organization(organization))
                .param("slug", "bai-thu-" + System.nanoTime())
                .query(Long.class)
                .single();
    }

    /** Fetches a challenge and solves it as the widget does: the payload the form sends as {@code altcha}. */
    String solvedCaptcha() throws Exception {
        String challenge = mvc.perform(get("/portal/captcha/challenge"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String salt = JsonPath.read(challenge, "$.salt");
        String hash = JsonPath.read(challenge, "$.challenge");
        String signature = JsonPath.read(challenge, "$.signature");
        long max = ((Number) JsonPath.read(challenge, "$.maxnumber")).longValue();
        var solution = Altcha.solveChallenge(hash, salt, Altcha.Algorithm.SHA256, max, 0);
        String json = "{\"algorithm\":\"SHA-256\",\"challenge\":\"" + hash + "\",\"number\":" + solution.number
                + ",\"salt\":\"" + salt + "\",\"signature\":\"" + signature + "\"}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts a comment from {@code address}; {@code altcha} is the captcha's payload or null. */
    ResultActions comment(
            long article, String address, String name, String phone, String title, String content, String altcha)
            throws Exception {
        var request = post("/portal/articles/{id}/comments", article)
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                })
                .param("authorName", name)
                .param("title", title)
                .param("content", content);
        if (phone != null) {
            request.param("phone", phone);
        }
        if (altcha != null) {
            request.param("altcha", altcha);
        }
        return mvc.perform(request);
    }

    long comments(long article) {
        return jdbc.sql("SELECT count(*) FROM portal_comment WHERE article_id = :a")
                .param("a", article)
                .query(Long.class)
                .single();
    }
}
