package vn.neuguong.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.neuguong.study.ProgrammeFixtures.DISTRICT_STAFF;
import static vn.neuguong.study.ProgrammeFixtures.MEMBER;
import static vn.neuguong.study.ProgrammeFixtures.OTHER_WARD_STAFF;
import static vn.neuguong.study.ProgrammeFixtures.WARD_STAFF;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;

/**
 * A ward committee's action programme through the API: drafted for a round with goals and measures (a member's and a
 * body's, with dates), adopted on a day, which fulfils the ward's ACTION_PROGRAMME obligation dated by that day as the
 * obligation list, the compliance board and the audit log read it; each measure's progress reported later on the
 * version read. Another ward's programme is answered as missing, and bad input names its field and keeps nothing.
 */
@IntegrationTest
class StudyActionProgrammeIntegrationTests {

    static final String API = ProgrammeFixtures.API;

    static final String PROGRAMMES = "SELECT count(*) FROM study_programme WHERE campaign_id = :id";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    ProgrammeFixtures fixtures;
    LocalDate today;
    long vanMieu;

    @BeforeEach
    void setUp() {
        today = LocalDate.now(clock);
        fixtures = new ProgrammeFixtures(mvc, jdbc, demo, transaction, today);
        vanMieu = fixtures.vanMieu();
    }

    private void rolledBack(ProgrammeFixtures.Body body) {
        fixtures.rolledBack(body);
    }

    private ResultActions send(MockHttpServletRequestBuilder request, String username, String ifMatch, String json)
            throws Exception {
        return fixtures.send(request, username, ifMatch, json);
    }

    private long create(long round, long organization, String username) throws Exception {
        return fixtures.create(round, organization, username);
    }

    private ResultActions adopt(long id, String ifMatch, String json) throws Exception {
        return fixtures.adopt(id, ifMatch, json);
    }

    private String adoption(LocalDate on) {
        return fixtures.adoption(on);
    }

    @Test
    void aWardAdoptsItsProgrammeAndItsObligationIsFulfilledOnTheAdoptionDay() {
        rolledBack(() -> {
            long round = fixtures.launchedRound();
            long owner = fixtures.memberOf(MEMBER);
            long id = create(round, vanMieu, WARD_STAFF);
            mvc.perform(get(API + "/" + id).with(fixtures.as(WARD_STAFF)))
                    .andExpect(header().string("ETag", "\"0\""))
                    .andExpect(jsonPath("$.status").value("DRAFT"))
                    .andExpect(jsonPath("$.goals").value(contains("Mỗi đảng viên nêu gương trong học tập")))
                    .andExpect(jsonPath("$.measures[0].ownerMemberName").value(fixtures.fullName(owner)))
                    .andExpect(jsonPath("$.measures[0].startsOn")
                            .value(today.minusDays(30).toString()))
                    .andExpect(jsonPath("$.measures[1].ownerText").value("Văn phòng Đảng ủy"))
                    .andExpect(jsonPath("$.measures[1].dueOn")
                            .value(today.plusDays(60).toString()));
            var adoptedOn = today.minusDays(3);
            adopt(id, "0", adoption(adoptedOn))
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"1\""))
                    .andExpect(jsonPath("$.status").value("ADOPTED"))
                    .andExpect(jsonPath("$.adoptedOn").value(adoptedOn.toString()))
                    .andExpect(jsonPath("$.adoptedBy").value("Văn phòng Đảng ủy phường Văn Miếu"))
                    .andExpect(jsonPath("$.documentNumber").value("347-KH/QU"));

            String ward = "$.items[?(@.organizationId == " + vanMieu + ")]";
            mvc.perform(get("/api/v1/campaigns/{id}/obligations", round)
                            .param("organizationId", "" + vanMieu)
                            .with(fixtures.as(WARD_STAFF)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(ward + ".kind").value(contains("ACTION_PROGRAMME")))
                    .andExpect(jsonPath(ward + ".fulfilledOn").value(contains(adoptedOn.toString())))
                    .andExpect(jsonPath(ward + ".status").value(contains("DONE_ON_TIME")))
                    .andExpect(jsonPath(ward + ".evidenceNumber").value(contains("347-KH/QU")))
                    .andExpect(jsonPath(ward + ".note")
                            .value(contains("Chương trình hành động #" + id + ": Chương trình hành động thử nghiệm")));
            String row = "$.children[?(@.organizationId == %d)].total.";
            mvc.perform(get("/api/v1/campaigns/{id}/compliance", round).with(fixtures.as(DISTRICT_STAFF)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath(row.formatted(vanMieu) + "onTime").value(contains(1)))
                    .andExpect(jsonPath(row.formatted(fixtures.quocTuGiam()) + "notYetDue")
                            .value(contains(1)))
                    .andExpect(jsonPath("$.subtree.total.done").value(1))
                    .andExpect(jsonPath("$.subtree.total.total").value(2));

            String entry = "$.items[?(@.entityId == '" + id + "')]";
            mvc.perform(get("/api/v1/audit")
                            .param("entityType", "ActionProgramme")
                            .with(fixtures.as(WARD_STAFF)))
                    .andExpect(jsonPath(entry + ".action").value(containsInAnyOrder("CREATE", "UPDATE")))
                    .andExpect(jsonPath(entry + ".subject")
                            .value(hasItem("Đảng ủy phường Văn Miếu — Chương trình hành động thử nghiệm")))
                    .andExpect(jsonPath(entry + ".after.status").value(hasItem("ADOPTED")));
            mvc.perform(get("/api/v1/audit").param("entityType", "Obligation").with(fixtures.as(WARD_STAFF)))
                    .andExpect(jsonPath("$.items[?(@.after.actionProgrammeId == " + id + ")].after.fulfilledOn")
                            .value(contains(adoptedOn.toString())));
        });
    }

    @Test
    void eachMeasuresProgressIsReportedLaterOnTheVersionReadAndKeptInItsHistory() {
        rolledBack(() -> {
            long round = fixtures.launchedRound();
            long id = create(round, vanMieu, WARD_STAFF);
            String read = mvc.perform(get(API + "/" + id).with(fixtures.as(WARD_STAFF)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            long measure = ((Number) JsonPath.read(read, "$.measures[0].id")).longValue();
            String progress = API + "/" + id + "/measures/" + measure + "/progress";
            String forty = "{\"percent\": 40, \"note\": \"Đã quán triệt 3/5 chi bộ\", \"reportedOn\": \"%s\"}"
                    .formatted(today.minusDays(1));
            send(post(progress), WARD_STAFF, "0", forty).andExpect(status().isConflict());
            adopt(id, "0", adoption(today.minusDays(5))).andExpect(status().isOk());

            send(post(progress), WARD_STAFF, null, forty).andExpect(status().isPreconditionRequired());
            send(post(progress), WARD_STAFF, "0", forty).andExpect(status().isConflict());
            send(post(progress), WARD_STAFF, "1", forty)
                    .andExpect(status().isOk())
                    .andExpect(header().string("ETag", "\"2\""))
                    .andExpect(jsonPath("$.measures[0].status").value("IN_PROGRESS"))
                    .andExpect(jsonPath("$.measures[0].percent").value(40))
                    .andExpect(jsonPath("$.measures[0].progressOn")
                            .value(today.minusDays(1).toString()))
                    .andExpect(jsonPath("$.measures[1].status").value("NOT_STARTED"));
            send(post(progress), WARD_STAFF, "2", "{\"status\": \"DONE\", \"reportedOn\": \"%s\"}".formatted(today))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.measures[0].state").value("DONE"))
                    .andExpect(jsonPath("$.measures[0].percent").value(100));
            // a report of an earlier day joins the history without changing where the measure stands
            send(
                            post(progress),
                            WARD_STAFF,
                            "3",
                            "{\"percent\": 20, \"reportedOn\": \"%s\"}".formatted(today.minusDays(4)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.measures[0].updates[*].percent").value(contains(20, 40, 100)))
                    .andExpect(jsonPath("$.measures[0].updates[1].note").value("Đã quán triệt 3/5 chi bộ"))
                    .andExpect(jsonPath("$.measures[0].status").value("DONE"));
            send(put(API + "/" + id), WARD_STAFF, "4", "{\"title\": \"Sửa sau khi thông qua\", \"goals\": [\"Một\"]}")
                    .andExpect(status().isConflict());
            send(post(progress), MEMBER, "4", "{\"percent\": 10, \"reportedOn\": \"%s\"}".formatted(today))
                    .andExpect(status().isNotFound());
            assertThat(fixtures.count("SELECT count(*) FROM study_measure_progress WHERE measure_id = :id", measure))
                    .isEqualTo(3);
            assertThat(fixtures.count(
                            "SELECT count(*) FROM audit_log WHERE entity_type = 'ActionProgramme'"
                                    + " AND entity_id = CAST(:id AS text)",
                            id))
                    .isEqualTo(5);
        });
    }

    @Test
    void anotherWardsProgrammeIsAnsweredAsMissing() {
        rolledBack(() -> {
            long round = fixtures.launchedRound();
            long quocTuGiam = fixtures.quocTuGiam();
            send(post(API), WARD_STAFF, null, fixtures.draft(round, quocTuGiam, fixtures.foreignMember()))
                    .andExpect(status().isNotFound());
            long foreign = create(round, quocTuGiam, OTHER_WARD_STAFF);
            long own = create(round, vanMieu, WARD_STAFF);
            for (String username : new String[] {WARD_STAFF, MEMBER}) {
                mvc.perform(get(API + "/" + foreign).with(fixtures.as(username)))
                        .andExpect(status().isNotFound());
                mvc.perform(get("/study/action-programmes/" + foreign).with(fixtures.as(username)))
                        .andExpect(status().isNotFound());
            }
            send(put(API + "/" + foreign), WARD_STAFF, "0", "{\"title\": \"Sửa hộ\", \"goals\": [\"Một\"]}")
                    .andExpect(status().isNotFound());
            adopt(foreign, "0", adoption(today)).andExpect(status().isNotFound());
            mvc.perform(get(API).param("campaignId", "" + round).with(fixtures.as(WARD_STAFF)))
                    .andExpect(jsonPath("$.total").value(1))
                    .andExpect(jsonPath("$.items[0].id").value(own));
            // the district above reads both; a member of a Văn Miếu cell reads the ward's, and changes nothing
            mvc.perform(get(API).param("campaignId", "" + round).with(fixtures.as(DISTRICT_STAFF)))
                    .andExpect(jsonPath("$.total").value(2));
            mvc.perform(get(API + "/" + own).with(fixtures.as(MEMBER))).andExpect(status().isOk());
            send(post(API + "/" + own + "/adoption"), MEMBER, "0", adoption(today))
                    .andExpect(status().isNotFound());
            mvc.perform(get(API + "/" + Long.MAX_VALUE).with(fixtures.as(WARD_STAFF)))
                    .andExpect(status().isNotFound());
            assertThat(fixtures.count(
                            "SELECT count(*) FROM study_programme WHERE id = :id AND status = 'DRAFT'", foreign))
                    .isEqualTo(1);
        });
    }

    @Test
    void badInputNamesEachFieldAndKeepsNothing() {
        rolledBack(() -> {
            long round = fixtures.launchedRound();
            String missing = """
                    {"campaignId": %d, "organizationId": %d, "goals": [" "],
                     "measures": [{"content": "Quán triệt", "ownerText": "Văn phòng"}]}""".formatted(round, vanMieu);
            send(post(API), WARD_STAFF, null, missing)
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field")
                            .value(containsInAnyOrder("title", "goals", "measures[0].dueOn")));
            String draft = fixtures.draft(round, vanMieu, fixtures.memberOf(MEMBER));
            send(
                            post(API),
                            WARD_STAFF,
                            null,
                            draft.replaceFirst(
                                    "\"ownerMemberId\": \\d+", "\"ownerMemberId\": " + fixtures.foreignMember()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(contains("measures[0].ownerMemberId")));
            send(post(API), WARD_STAFF, null, draft.replace(today.plusDays(60).toString(), "cuối tháng 12"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(contains("measures[1].dueOn")))
                    .andExpect(jsonPath("$.errors[0].rejectedValue").value("cuối tháng 12"));
            send(post(API), WARD_STAFF, null, draft.replace(today.plusDays(60).toString(), endsOnAndAfter()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(contains("measures[1].dueOn")));
            assertThat(fixtures.count(PROGRAMMES, round)).isZero();

            long id = create(round, vanMieu, WARD_STAFF);
            adopt(id, "0", "{}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(contains("adoptedOn")));
            adopt(id, "0", adoption(today.plusDays(1)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(contains("adoptedOn")));
            adopt(id, "0", "{\"adoptedOn\": \"%s\", \"documentId\": %d}".formatted(today, Long.MAX_VALUE))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[*].field").value(contains("documentId")));
            mvc.perform(get("/api/v1/campaigns/{id}/obligations", round)
                            .param("organizationId", "" + vanMieu)
                            .with(fixtures.as(WARD_STAFF)))
                    .andExpect(jsonPath("$.items[*].fulfilledOn").value(contains((Object) null)));
            assertThat(fixtures.count(
                            "SELECT count(*) FROM study_programme WHERE id = :id AND status = 'DRAFT' AND version = 0",
                            id))
                    .isEqualTo(1);
        });
    }

    /** A day after the round's end, which no measure may be due on. */
    private String endsOnAndAfter() {
        return fixtures.endsOn().plusDays(1).toString();
    }
}
