package vn.neuguong.commendation;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoFixtures;

/**
 * What the commendation tests share: the Đống Đa tree of the demo (its 2023 theme, the district's and two wards'
 * staff, the secretary of Văn Miếu's cell no. 1), JSON requests with If-Match, a transaction rolled back around
 * each test, and a round of the Quận ủy Đống Đa to nominate to.
 */
abstract class CommendationTestSupport {

    static final String API = "/api/v1/commendations";
    static final String DISTRICT = "dongda.tuyengiao";
    static final String WARD = "vanmieu.vanphong";
    static final String OTHER_WARD = "quoctugiam.vanphong";
    static final String SECRETARY = "bithu.vanmieu1";
    static final String THEME_2023 = "Chuyên đề năm 2023 về trách nhiệm nêu gương";

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

    static int version(ResultActions result) throws Exception {
        return JsonPath.read(body(result), "$.version");
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

    /** A cell of Văn Miếu by its number. */
    long vanMieuCell(int number) {
        return jdbc.sql("SELECT id FROM organization WHERE parent_id = :w AND name = :n")
                .param("w", vanMieu())
                .param("n", "Chi bộ Tổ dân phố số " + number)
                .query(Long.class)
                .single();
    }

    /** A member of the cell who is not its first (its secretary). */
    long memberOf(long cell) {
        return jdbc.sql("SELECT id FROM member WHERE cell_id = :c ORDER BY id OFFSET 1 LIMIT 1")
                .param("c", cell)
                .query(Long.class)
                .single();
    }

    long theme2023() {
        return jdbc.sql("SELECT id FROM campaign WHERE title = :t AND parent_id IS NULL")
                .param("t", THEME_2023)
                .query(Long.class)
                .single();
    }

    /** A round of the Quận ủy Đống Đa for the 2023 theme, open until mid-2027. */
    long round() throws Exception {
        String json = """
                {"campaignId": %d, "organizationId": %d, "title": "Khen thưởng thực hiện Chuyên đề năm 2023",
                 "closesOn": "2027-06-30"}
                """.formatted(theme2023(), district());
        return id(send(post(API + "/rounds"), DISTRICT, null, json).andExpect(status().isCreated()));
    }

    /** A member nominated by his cell of Văn Miếu for a Giấy khen. */
    static String memberNomination(long round, long cell, long member) {
        return """
                {"roundId": %d, "nominatedById": %d, "nomineeKind": "MEMBER", "memberId": %d,
                 "formCode": "CERTIFICATE_OF_MERIT",
                 "achievement": "Gương mẫu đi đầu trong thực hiện Chuyên đề năm 2023",
                 "story": "Vận động bà con giữ gìn vệ sinh ngõ phố.\\nGiúp đỡ hộ khó khăn.", "exemplary": true}
                """.formatted(round, cell, member);
    }
}
