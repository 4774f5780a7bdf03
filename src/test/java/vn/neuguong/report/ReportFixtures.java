package vn.neuguong.report;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoFixtures;

/**
 * The reports' test set-up on the demo data: the Đống Đa 2023 theme (its wards owe a report each quarter), the
 * district's and two wards' staff, JSON requests with If-Match, and a transaction rolled back around each test.
 */
class ReportFixtures {

    static final String REPORTS = "/api/v1/reports";
    static final String TEMPLATES = "/api/v1/report-templates";
    static final String DISTRICT = "dongda.tuyengiao";
    static final String WARD = "vanmieu.vanphong";
    static final String OTHER_WARD = "quoctugiam.vanphong";
    static final String THEME_2023 = "Chuyên đề năm 2023 về trách nhiệm nêu gương";

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final DemoFixtures demo;
    private final TransactionTemplate transaction;

    ReportFixtures(MockMvc mvc, JdbcClient jdbc, DemoFixtures demo, TransactionTemplate transaction) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        this.demo = demo;
        this.transaction = transaction;
    }

    void rolledBack(DemoFixtures.Body body) {
        demo.rolledBack(body);
    }

    ResultActions send(MockHttpServletRequestBuilder request, String username, Integer ifMatch, String json)
            throws Exception {
        return demo.send(mvc, request, username, ifMatch, json);
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(body(result), "$.id")).longValue();
    }

    static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(body(result), path);
    }

    long organization(String name) {
        return demo.organization(name);
    }

    long district() {
        return organization("Quận ủy Đống Đa");
    }

    long vanMieu() {
        return organization("Đảng ủy phường Văn Miếu");
    }

    long quocTuGiam() {
        return organization("Đảng ủy phường Quốc Tử Giám");
    }

    long theme2023() {
        return jdbc.sql("SELECT id FROM campaign WHERE title = :t AND parent_id IS NULL")
                .param("t", THEME_2023)
                .query(Long.class)
                .single();
    }

    /**
     * A quarterly template of the district for the 2023 theme: a count, a ratio and a section, none prefilled;
     * answers its id and its indicators' ids in order.
     */
    long[] quarterlyTemplate() throws Exception {
        String json = """
                {"title": "Báo cáo kết quả thực hiện Chuyên đề năm 2023", "organizationId": %d, "campaignId": %d,
                 "period": "QUARTER", "appliesTo": "GRASSROOTS_COMMITTEE", "indicators": [
                   {"label": "Số đảng viên được học tập, quán triệt", "kind": "COUNT"},
                   {"label": "Đảng viên viết bài thu hoạch / tổng số đảng viên", "kind": "RATIO"},
                   {"label": "Kết quả nổi bật", "kind": "TEXT"}]}
                """.formatted(district(), theme2023());
        var created = send(post(TEMPLATES), DISTRICT, null, json).andExpect(status().isCreated());
        long template = id(created);
        java.util.List<Number> indicators = read(created, "$.indicators[*].id");
        return new long[] {
            template,
            indicators.get(0).longValue(),
            indicators.get(1).longValue(),
            indicators.get(2).longValue()
        };
    }

    long open(long template, long organization, String start, String username) throws Exception {
        return id(send(
                        post(REPORTS),
                        username,
                        null,
                        "{\"templateId\": %d, \"organizationId\": %d, \"periodStartsOn\": \"%s\"}"
                                .formatted(template, organization, start))
                .andExpect(status().isCreated()));
    }

    static String figures(long[] t, Long count, Long numerator, Long denominator, String text, String reason) {
        return """
                {"figures": [{"indicatorId": %d, "value": %s, "reason": %s},
                             {"indicatorId": %d, "value": %s, "denominator": %s},
                             {"indicatorId": %d, "text": %s}]}
                """.formatted(t[1], count, quoted(reason), t[2], numerator, denominator, t[3], quoted(text));
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }
}
