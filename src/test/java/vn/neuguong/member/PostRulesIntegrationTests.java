package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.member.MemberPosition.Title;
import vn.neuguong.shared.InvalidInputException;

/**
 * A post that overlaps the member's same post, or a head post that someone else holds on one of its days, is refused
 * naming the field, on the page and in the API, and nothing is saved; two saves at once cannot both pass.
 */
@IntegrationTest
class PostRulesIntegrationTests {

    static final String STAFF = "vanmieu.vanphong";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MemberPositions positions;

    @Autowired
    Clock clock;

    MemberTestSupport support;

    @BeforeEach
    void setUp() {
        support = new MemberTestSupport(accounts, jdbc);
    }

    @Test
    void aPostOverlappingTheSamePostOfTheMemberIsRefusedOnStartedOn() throws Exception {
        long id = support.plainMember("Văn Miếu", 4);
        long ward = support.organization("Đảng ủy phường Văn Miếu");
        positions.appoint(
                id,
                new MemberAppointment(
                        ward, Title.COMMITTEE_MEMBER, null, LocalDate.of(2015, 6, 1), LocalDate.of(2020, 6, 11)),
                support.actor(STAFF));
        long before = count();
        mvc.perform(post("/api/v1/members/{id}/positions", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":" + ward
                                + ",\"title\":\"COMMITTEE_MEMBER\",\"startedOn\":\"2019-01-01\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("startedOn")))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString("trùng thời gian")));
        var flash = mvc.perform(post("/members/{id}/positions", id)
                        .param("organizationId", Long.toString(ward))
                        .param("title", "COMMITTEE_MEMBER")
                        .param("startedOn", "2016-01-01")
                        .param("endedOn", "2017-01-01")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(redirectedUrl("/members/" + id))
                .andReturn()
                .getFlashMap();
        assertThat(flash.get("positionErrors").toString()).contains("startedOn").contains("trùng thời gian");
        assertThat(count()).isEqualTo(before);

        positions.appoint(
                id,
                new MemberAppointment(ward, Title.COMMITTEE_MEMBER, null, LocalDate.of(2020, 6, 11)),
                support.actor(STAFF));
        assertThat(count()).isEqualTo(before + 1);
    }

    @Test
    void aSecondHolderOfAHeadPostOnOneDayIsRefusedOnTitle() throws Exception {
        long id = support.plainMember("Văn Miếu", 4);
        long cell = support.cell("Văn Miếu", 4);
        long before = count();
        mvc.perform(post("/api/v1/members/{id}/positions", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":" + cell + ",\"title\":\"SECRETARY\",\"startedOn\":\""
                                + LocalDate.now(clock) + "\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("title")));
        var flash = mvc.perform(post("/members/{id}/positions", id)
                        .param("organizationId", Long.toString(cell))
                        .param("title", "SECRETARY")
                        .param("startedOn", "2015-01-01")
                        .param("endedOn", "2020-10-02")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andReturn()
                .getFlashMap();
        assertThat(flash.get("positionErrors").toString()).contains("title").contains("đã có người khác");
        assertThat(count()).isEqualTo(before);

        var earlier = positions.appoint(
                id,
                new MemberAppointment(cell, Title.SECRETARY, null, LocalDate.of(2015, 1, 1), LocalDate.of(2020, 10, 1)),
                support.actor(STAFF));
        assertThat(earlier.endedOn()).isEqualTo(LocalDate.of(2020, 10, 1));
    }

    @Test
    void anEndBeforeTheStartOrAfterTodayIsRefusedOnEndedOn() throws Exception {
        long id = support.plainMember("Văn Miếu", 4);
        long before = count();
        mvc.perform(post("/api/v1/members/{id}/positions", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"organizationId\":" + support.cell("Văn Miếu", 4)
                                + ",\"title\":\"COMMITTEE_MEMBER\",\"startedOn\":\"2020-01-01\","
                                + "\"endedOn\":\"2019-01-01\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("endedOn")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void twoHoldersOfOneHeadPostSavedAtOnceCannotBothPass() throws Exception {
        long ward = support.organization("Đảng ủy phường Văn Miếu");
        long first = support.plainMember("Văn Miếu", 3);
        long second = jdbc.sql(
                        "SELECT m.id FROM member m WHERE m.cell_id = :cell AND m.status = 'ACTIVE' AND m.id <> :first"
                                + " AND NOT EXISTS (SELECT 1 FROM member_position p WHERE p.member_id = m.id) ORDER BY m.id LIMIT 1")
                .param("cell", support.cell("Văn Miếu", 3))
                .param("first", first)
                .query(Long.class)
                .single();
        var staff = support.actor(STAFF);
        long chairs = chairs(ward);
        var start = new CountDownLatch(1);
        var saves = new ArrayList<CompletableFuture<String>>();
        for (long member : List.of(first, second)) {
            saves.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                    positions.appoint(
                            member,
                            new MemberAppointment(ward, Title.CHAIR_PEOPLES_COMMITTEE, null, LocalDate.of(1999, 3, 1)),
                            staff);
                    return "saved";
                } catch (InvalidInputException e) {
                    return e.errors().get(0).field();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                }
            }));
        }
        start.countDown();
        var outcomes = saves.stream().map(CompletableFuture::join).toList();
        assertThat(outcomes).containsExactlyInAnyOrder("saved", "title");
        assertThat(chairs(ward)).isEqualTo(chairs + 1);
    }

    private long chairs(long organization) {
        return jdbc.sql("SELECT count(*) FROM member_position WHERE organization_id = :organization"
                        + " AND title = 'CHAIR_PEOPLES_COMMITTEE'")
                .param("organization", organization)
                .query(Long.class)
                .single();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM member_position")
                .query(Long.class)
                .single();
    }
}
