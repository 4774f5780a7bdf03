package vn.neuguong.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.neuguong.IntegrationTest;

@IntegrationTest
class OpinionIntegrationTests extends CommentTestSupport {

    private static final String OPINIONS = "/api/v1/opinions";
    private static final String NEW_ERA = "Đợt sinh hoạt chính trị về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc";

    @Autowired
    OpinionPeriodFigures figures;

    private long campaign() {
        return jdbc.sql("SELECT id FROM campaign WHERE title = :t AND parent_id IS NULL")
                .param("t", NEW_ERA)
                .query(Long.class)
                .single();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String user, Integer ifMatch, String json)
            throws Exception {
        var built = request.with(csrf()).with(demo.signedIn(user)).contentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            built.header("If-Match", "\"" + ifMatch + "\"");
        }
        return mvc.perform(json == null ? built : built.content(json));
    }

    private static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), path);
    }

    private long approvedComment(long article) {
        return jdbc.sql("INSERT INTO portal_comment (article_id, author_name, title, content, status, address_hash)"
                        + " VALUES (:a, 'Trần Thị Bình', 'Băn khoăn', 'Việc sáp nhập phường ảnh hưởng thế nào?',"
                        + " 'APPROVED', 'x') RETURNING id")
                .param("a", article)
                .query(Long.class)
                .single();
    }

    private int concerns(ResultActions summary) throws Exception {
        List<Integer> counts = read(summary, "$.byClass[?(@.classification == 'CONCERN')].count");
        return counts.get(0);
    }

    @Test
    void anOpinionFromACommentKeepsTheCommentAndTheSummaryCountsItInItsClass() {
        rolledBack(() -> {
            long campaign = campaign();
            long comment = approvedComment(article("Đảng ủy phường Văn Miếu"));
            String summary = OPINIONS + "/summary?campaignId=" + campaign + "&week=2024-W50";
            int before = concerns(send(get(summary), DISTRICT, null, null).andExpect(status().isOk()));
            var created = send(
                            post(OPINIONS),
                            DISTRICT,
                            null,
                            "{\"classification\":\"CONCERN\",\"commentId\":" + comment
                                    + ",\"campaignId\":" + campaign
                                    + ",\"content\":\"Việc sáp nhập phường ảnh hưởng thế nào?\","
                                    + "\"heardOn\":\"2024-12-11\",\"needsAnswer\":true}")
                    .andExpect(status().isCreated())
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.commentId").value(comment))
                    .andExpect(jsonPath("$.channel").value("COMMENT"))
                    .andExpect(jsonPath("$.organizationId").value(demo.organization("Đảng ủy phường Văn Miếu")));
            long id = ((Number) read(created, "$.id")).longValue();
            var after = send(get(summary), DISTRICT, null, null).andExpect(status().isOk());
            assertThat(concerns(after)).isEqualTo(before + 1);
            List<Integer> open = read(after, "$.toAnswer[*].id");
            assertThat(open).contains((int) id);
            send(get(OPINIONS + "/" + id), OTHER_WARD, null, null).andExpect(status().isNotFound());
            send(
                            post(OPINIONS),
                            OTHER_WARD,
                            null,
                            "{\"classification\":\"SUPPORT\",\"commentId\":" + comment + ",\"content\":\"Đồng tình\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem("commentId")));
        });
    }

    @Test
    void aDistortionHasNoClassAndShowsItsSourceAndTheAnswerGiven() {
        rolledBack(() -> {
            long campaign = campaign();
            long district = demo.organization("Quận ủy Đống Đa");
            send(
                            post(OPINIONS),
                            DISTRICT,
                            null,
                            "{\"kind\":\"DISTORTION\",\"classification\":\"SUPPORT\"," + "\"organizationId\":"
                                    + district + ",\"content\":\"Bịa đặt\"}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath(
                            "$.errors[*].field", org.hamcrest.Matchers.hasItems("classification", "sourceText")));
            send(
                            post(OPINIONS),
                            DISTRICT,
                            null,
                            "{\"kind\":\"DISTORTION\",\"organizationId\":" + district
                                    + ",\"campaignId\":" + campaign
                                    + ",\"content\":\"Video cắt ghép nói đợt sinh hoạt là"
                                    + " hình thức\",\"sourceText\":\"Một trang mạng xã hội\",\"sourceUrl\":"
                                    + "\"https://video.example/abc\",\"heardOn\":\"2024-12-12\",\"answer\":\"Đã đăng bài"
                                    + " phản bác trên cổng thông tin quận\"}")
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$.classification").isEmpty())
                    .andExpect(jsonPath("$.channel").value("ELSEWHERE"))
                    .andExpect(jsonPath("$.answeredBy").value(DISTRICT));
            mvc.perform(get("/portal-admin/opinions/summary")
                            .param("campaignId", String.valueOf(campaign))
                            .param("week", "2024-W50")
                            .with(demo.signedIn(DISTRICT)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("https://video.example/abc")))
                    .andExpect(content().string(containsString("Một trang mạng xã hội")))
                    .andExpect(content().string(containsString("Đã đăng bài phản bác trên cổng thông tin quận")));
        });
    }

    @Test
    void anAnsweredItemLeavesTheListStillToAnswerAndSaysWhoAndWhen() {
        rolledBack(() -> {
            long campaign = campaign();
            long ward = demo.organization("Đảng ủy phường Văn Miếu");
            var created = send(
                            post(OPINIONS),
                            WARD,
                            null,
                            "{\"classification\":\"SUGGESTION\",\"channel\":\"MEETING\","
                                    + "\"organizationId\":" + ward + ",\"campaignId\":" + campaign
                                    + ",\"content\":\"Đề nghị"
                                    + " tổ chức thêm buổi sinh hoạt buổi tối\",\"heardOn\":\"2024-12-13\",\"needsAnswer\":true}")
                    .andExpect(status().isCreated());
            long id = ((Number) read(created, "$.id")).longValue();
            send(post(OPINIONS + "/" + id + "/answer"), WARD, null, "{\"answer\":\"Đã bố trí\"}")
                    .andExpect(status().isPreconditionRequired());
            send(post(OPINIONS + "/" + id + "/answer"), WARD, 0, "{\"answer\":\"Đã bố trí buổi tối thứ Năm\"}")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.answeredBy").value(WARD))
                    .andExpect(header().string("ETag", "\"1\""));
            send(post(OPINIONS + "/" + id + "/answer"), WARD, 0, "{\"answer\":\"Lần nữa\"}")
                    .andExpect(status().isConflict());
            var week = send(
                            get(OPINIONS + "/summary?campaignId=" + campaign + "&week="
                                    + OpinionSummaries.weekOf(LocalDate.now())),
                            WARD,
                            null,
                            null)
                    .andExpect(status().isOk());
            List<Integer> answered = read(week, "$.answered[*].id");
            List<Integer> open = read(week, "$.toAnswer[*].id");
            assertThat(answered).contains((int) id);
            assertThat(open).doesNotContain((int) id);
            send(get(OPINIONS + "/summary?campaignId=" + campaign + "&week=2024-50"), WARD, null, null)
                    .andExpect(status().isBadRequest());
        });
    }

    @Test
    void thePeriodFiguresCountOpinionsByClassAndAnsweredDistortions() {
        rolledBack(() -> {
            long ward = demo.organization("Đảng ủy phường Văn Miếu");
            long district = demo.organization("Quận ủy Đống Đa");
            var from = LocalDate.of(2024, 12, 1);
            var to = LocalDate.of(2024, 12, 31);
            var before = figures.count(district, from, to);
            send(
                            post(OPINIONS),
                            WARD,
                            null,
                            "{\"classification\":\"SUPPORT\",\"channel\":\"FIELD\",\"organizationId\":" + ward
                                    + ",\"content\":\"Nhân dân đồng tình\",\"heardOn\":\"2024-12-14\"}")
                    .andExpect(status().isCreated());
            send(
                            post(OPINIONS),
                            WARD,
                            null,
                            "{\"kind\":\"DISTORTION\",\"organizationId\":" + ward
                                    + ",\"content\":\"Tin đồn\",\"sourceText\":\"Nhóm Zalo\",\"heardOn\":\"2024-12-14\","
                                    + "\"answer\":\"Đã cải chính\"}")
                    .andExpect(status().isCreated());
            var after = figures.count(district, from, to);
            assertThat(after.get("portal.opinionsRecorded")).isEqualTo(before.get("portal.opinionsRecorded") + 1);
            assertThat(after.get("portal.opinionsSupport")).isEqualTo(before.get("portal.opinionsSupport") + 1);
            assertThat(after.get("portal.distortionsAnswered")).isEqualTo(before.get("portal.distortionsAnswered") + 1);
        });
    }

    @Test
    void thePublicFormSendsAnOpinionBehindTheCaptcha() {
        rolledBack(() -> {
            long ward = demo.organization("Đảng ủy phường Văn Miếu");
            String address = newAddress();
            var form = post("/portal/opinions")
                    .with(csrf())
                    .with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    })
                    .param("organizationId", String.valueOf(ward))
                    .param("classification", "SUGGESTION")
                    .param("content", "Đề nghị niêm yết lịch sinh hoạt ở nhà văn hóa");
            mvc.perform(form)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"altcha-error\"")));
            mvc.perform(form.param("altcha", solvedCaptcha())).andExpect(status().isFound());
            assertThat(jdbc.sql("SELECT channel FROM portal_opinion WHERE content LIKE 'Đề nghị niêm yết%'")
                            .query(String.class)
                            .single())
                    .isEqualTo("PUBLIC_FORM");
        });
    }
}
