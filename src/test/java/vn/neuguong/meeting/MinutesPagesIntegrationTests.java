package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/** The minutes as people read them: the audit page naming them, and the minutes page of a held meeting. */
@IntegrationTest
class MinutesPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    long dongDa;
    long vanMieu;
    long chair;

    @BeforeEach
    void setUp() {
        dongDa = demo.organization("Quận ủy Đống Đa");
        vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        chair = jdbc.sql("SELECT member_id FROM account WHERE username = 'bithu.vanmieu1'")
                .query(Long.class)
                .single();
    }

    /** A meeting of Đống Đa, planned and held through the API. */
    long heldMeeting(String title) throws Exception {
        var created = mvc.perform(post("/api/v1/meetings")
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "%s", "kind": "STUDY_CONFERENCE", "format": "IN_PERSON", "hostId": %d,
                                 "startsAt": "2025-06-10T08:00:00", "endsAt": "2025-06-10T11:00:00"}
                                """.formatted(title, dongDa)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.meeting.id")).longValue();
        int version = JsonPath.read(created, "$.meeting.version");
        mvc.perform(post("/api/v1/meetings/{id}/hold", id)
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk());
        return id;
    }

    /** Posts the minutes form of the page as the district's staff. */
    org.springframework.test.web.servlet.ResultActions postDraft(long meeting, String user, String... fields)
            throws Exception {
        var request = post("/meetings/{id}/minutes", meeting)
                .with(demo.signedIn(user))
                .with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return mvc.perform(request);
    }

    Document page(String url, String user) throws Exception {
        return Jsoup.parse(mvc.perform(get(url).with(demo.signedIn(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void theAuditPageNamesTheMinutesByTheirMeetingAndRevision() throws Exception {
        long meeting = heldMeeting("Hội nghị sơ kết chuyên đề " + System.nanoTime());
        String title = jdbc.sql("SELECT title FROM meeting WHERE id = :id")
                .param("id", meeting)
                .query(String.class)
                .single();
        mvc.perform(post("/api/v1/meetings/{id}/minutes", meeting)
                        .with(demo.signedIn("dongda.tuyengiao"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"chairMemberId\": %d, \"body\": \"<p>Khai mạc</p>\"}".formatted(chair)))
                .andExpect(status().isCreated());

        var sentences =
                page("/audit?entityType=MeetingMinutes", "dongda.tuyengiao").select("#results .sentence");
        assertThat(sentences.eachText()).anySatisfy(s -> assertThat(s).contains("tạo biên bản '" + title + " #1'"));
        var english = page("/audit?entityType=MeetingMinutes&lang=en", "dongda.tuyengiao")
                .select("#results .sentence");
        assertThat(english.eachText()).anySatisfy(s -> assertThat(s).contains("created minutes '" + title + " #1'"));
    }
}
