package vn.neuguong.meeting;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;

/** Meetings of the ward Văn Miếu planned by its office, with the demo member Nguyễn Văn An invited by name. */
final class WardMeetings {

    static final String HOST = "Đảng ủy phường Văn Miếu";
    static final String STAFF = "vanmieu.vanphong";
    static final String MEMBER = "dangvien.vanmieu1";

    private WardMeetings() {}

    static long plan(
            MockMvc mvc, DemoFixtures demo, JdbcClient jdbc, String title, LocalDateTime startsAt, LocalDateTime endsAt)
            throws Exception {
        var response = mvc.perform(post("/api/v1/meetings")
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"title": "%s", "kind": "SEMINAR", "format": "IN_PERSON", "hostId": %d,
                                 "startsAt": "%s", "endsAt": "%s"}
                                """.formatted(title, demo.organization(HOST), startsAt, endsAt)))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse();
        long id = Long.parseLong(response.getHeader("Location").replaceAll(".*/", ""));
        long member = jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                .param("u", MEMBER)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/meetings/{id}/invitees", id)
                        .with(demo.signedIn(STAFF))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"MEMBER\", \"memberId\": " + member + "}"))
                .andExpect(status().is2xxSuccessful());
        return id;
    }
}
