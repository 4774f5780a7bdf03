package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FormPages;

/**
 * Persons who are not party members where they serve: kept with their posts, found without diacritics, seen only by
 * the staff of a post's organization; a post overlapping itself, ending before it starts or making a second head of a
 * unit on a day is refused on its field and nothing is saved.
 */
@IntegrationTest
class PersonIntegrationTests {

    static final String DISTRICT = "dongda.tuyengiao";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Organizations organizations;

    @Autowired
    Persons persons;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    MemberTestSupport support;
    long unit;

    @BeforeEach
    void setUp() {
        support = new MemberTestSupport(accounts, jdbc);
        unit = organizations
                .create(
                        new NewOrganization(
                                support.organization("Đảng ủy phường Kim Liên"),
                                OrganizationKind.MASS_ORGANIZATION,
                                "Đoàn thể cấp phường",
                                "Hội Chữ thập đỏ phường Kim Liên " + System.nanoTime(),
                                "CTĐ",
                                null,
                                LocalDate.of(2015, 1, 1)),
                        Scope.everything())
                .id();
    }

    @Test
    void theDemoHeadIsFoundWithoutDiacriticsAndHerPageShowsHerPost() throws Exception {
        var list = page(get("/persons").param("q", "le thi thu hang"), DISTRICT);
        assertThat(list.select("table.persons tbody tr").eachText())
                .containsExactly(
                        "Lê Thị Thu Hằng 1972 Chủ tịch Ủy ban MTTQ Việt Nam quận Đống Đa · Ủy ban MTTQ Việt Nam quận"
                                + " Đống Đa");
        long id = person("Lê Thị Thu Hằng");
        var show = page(get("/persons/{id}", id), DISTRICT);
        assertThat(show.select(".person-posts tbody tr").eachText())
                .containsExactly(
                        "Chủ tịch Ủy ban MTTQ Việt Nam quận Đống Đa Ủy ban MTTQ Việt Nam quận Đống Đa 01/07/2021"
                                + " nay Thôi giữ");
        // the seed's Chủ tịch HĐND is a party member too, and is shown as one
        var cuong = page(get("/persons/{id}", person("Nguyễn Anh Cường")), DISTRICT);
        assertThat(cuong.select("a[href^=/members/]").text()).isEqualTo("Đảng viên");
    }

    @Test
    void aNewPersonComesWithTheFirstPostIsAuditedAndReadWithItsVersion() throws Exception {
        var created = create("Trương Thị Hoa", "CHAIR", "2022-01-01", null)
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""));
        long id = ((Number) JsonPath.read(created.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get("/api/v1/persons/{id}", id).with(support.as(DISTRICT)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.posts[0].titleText").value("Chủ tịch"))
                .andExpect(jsonPath("$.posts[0].organizationId").value(unit));
        assertThat(audit("Person", id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = 'PersonPost' AND organization_id = :o")
                        .param("o", unit)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(get("/api/v1/persons").param("q", "TRUONG THI HOA").with(support.as(DISTRICT)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].currentPosts", Matchers.startsWith("Chủ tịch · Hội Chữ thập đỏ")));
    }

    @Test
    void badPostsAreRefusedOnTheirFieldsAndNothingIsSaved() throws Exception {
        long persons = count();
        create("Sai Ngày", "OFFICER", "2022-05-01", "2022-04-30")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("post.endedOn")));
        createIn(support.cell("Kim Liên", 1), "Sai Chỗ", "OFFICER", "2022-05-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("post.organizationId")));
        createIn(support.organization("Đảng ủy phường Kim Liên"), "Sai Chức", "CHAIR", "2022-05-01")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("post.title")));
        mvc.perform(post("/api/v1/persons")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\" \",\"birthYear\":1800}")
                        .with(support.as(DISTRICT))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        Matchers.containsInAnyOrder("fullName", "birthYear", "post.organizationId")));
        assertThat(count()).isEqualTo(persons);
    }

    @Test
    void aUnitHasOneHeadOnADayAndAPostNeverOverlapsItself() throws Exception {
        long first = id(create("Phan Văn Một", "CHAIR", "2022-01-01", null).andExpect(status().isCreated()));
        long persons = count();
        create("Phan Văn Hai", "SECRETARY", "2023-01-01", null)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("post.title"))
                .andExpect(jsonPath("$.errors[0].rejectedValue").value("Phan Văn Một"));
        assertThat(count()).isEqualTo(persons);
        long second =
                id(create("Phan Văn Hai", "VICE_CHAIR", "2023-01-01", null).andExpect(status().isCreated()));
        addPost(first, "CHAIR", "2022-06-01", "2022-12-31")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("startedOn")));
        long post = jdbc.sql("SELECT id FROM person_post WHERE person_id = :p")
                .param("p", first)
                .query(Long.class)
                .single();
        mvc.perform(post("/api/v1/persons/{id}/posts/{post}/end", first, post)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"endedOn\":\"2022-12-31\"}")
                        .with(support.as(DISTRICT))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.endedOn").value("2022-12-31"));
        addPost(second, "CHAIR", "2023-01-01", null).andExpect(status().isCreated());
        var unitPage = page(get("/organizations/{id}", unit), DISTRICT);
        assertThat(unitPage.select(".unit-staff tbody tr td:first-child").eachText())
                .containsExactly("Phan Văn Hai", "Phan Văn Hai");
    }

    @Test
    void staffOutsideEveryPostOfAPersonGet404AndTheUnitAccountSeesItsOwn() throws Exception {
        long head = person("Lê Thị Thu Hằng");
        mvc.perform(get("/api/v1/persons/{id}", head).with(support.as("bode.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/persons/{id}", head).with(support.as("bode.vanphong")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/persons").param("q", "Lê Thị Thu Hằng").with(support.as("bode.vanphong")))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/persons/{id}", person("Vũ Thị Thanh Nga")).with(support.as("kimlien.mttq")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/{id}", head).with(support.as("kimlien.mttq")))
                .andExpect(status().isNotFound());
        // a member outside the scope cannot be named, and is not told apart from a missing one
        long outside = support.plainMember("Văn Miếu", 2);
        mvc.perform(post("/api/v1/persons")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"fullName": "Người Ngoài", "memberId": %d,
                                 "post": {"organizationId": %d, "title": "STAFF", "startedOn": "2022-01-01"}}""".formatted(outside, support.organization("Ủy ban nhân dân phường Bồ Đề")))
                        .with(support.as("bode.vanphong"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("memberId")));
    }

    @Test
    void aChangeNeedsTheVersionItWasMadeOn() throws Exception {
        long id = id(create("Đinh Thị Sửa", "STAFF", "2022-01-01", null));
        String body = "{\"fullName\":\"Đinh Thị Sửa Đổi\",\"birthYear\":1980}";
        mvc.perform(put("/api/v1/persons/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(support.as(DISTRICT))
                        .with(csrf()))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/persons/{id}", id)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(support.as(DISTRICT))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(put("/api/v1/persons/{id}", id)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body)
                        .with(support.as(DISTRICT))
                        .with(csrf()))
                .andExpect(status().isConflict());
        assertThat(audit("Person", id)).isEqualTo(2);
    }

    @Test
    void theFormNamesEveryBadFieldAndAPersonsNameIsShownAsText() throws Exception {
        long persons = count();
        var form = Jsoup.parse(mvc.perform(post("/persons/new")
                        .param("fullName", "")
                        .param("post.organizationId", "" + unit)
                        .param("post.title", "OFFICER")
                        .param("post.startedOn", "2022-05-01")
                        .param("post.endedOn", "2022-04-01")
                        .param("partyCardNo", "KHONG.CO.THE")
                        .with(support.as(DISTRICT))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertFieldError(form, "fullName", "là bắt buộc");
        FormPages.assertFieldError(form, "post-endedOn", "không được trước ngày bắt đầu");
        FormPages.assertFieldError(form, "partyCardNo", "không phải đảng viên bạn được xem");
        FormPages.assertEveryLabelNamesItsControl(form);
        assertThat(form.select("input[name=memberId]")).isEmpty();
        // the card of a member already kept as a person (the seed's Chủ tịch HĐND) is named on the card's field
        String card = jdbc.sql("SELECT party_card_no FROM member WHERE full_name = 'Nguyễn Anh Cường'")
                .query(String.class)
                .single();
        var taken = Jsoup.parse(mvc.perform(post("/persons/new")
                        .param("fullName", "Nguyễn Anh Cường")
                        .param("partyCardNo", card)
                        .param("post.organizationId", "" + unit)
                        .param("post.title", "OFFICER")
                        .param("post.startedOn", "2022-05-01")
                        .with(support.as(DISTRICT))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        FormPages.assertFieldError(taken, "partyCardNo", "đã được ghi nhận là một người khác");
        assertThat(count()).isEqualTo(persons);

        long id = id(create("<b>Lò Văn</b> Thẻ", "STAFF", "2022-01-01", null));
        var show = mvc.perform(get("/persons/{id}", id).with(support.as(DISTRICT)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(show).contains("&lt;b&gt;Lò Văn&lt;/b&gt; Thẻ").doesNotContain("<b>Lò Văn</b>");
    }

    @Test
    void twoHeadsAppointedAtOnceAreToldApartByTheUnitsLock() throws Exception {
        var holding = new java.util.concurrent.CountDownLatch(1);
        var release = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> transaction.executeWithoutResult(status -> {
                persons.create(head("Lâm Văn Trước"), MemberDemoData.SYSTEM);
                holding.countDown();
                await(release);
            }));
            await(holding);
            var second = pool.submit(() -> persons.create(head("Lâm Văn Sau"), MemberDemoData.SYSTEM));
            Thread.sleep(300);
            assertThat(second.isDone())
                    .as("the second waits for the unit's lock")
                    .isFalse();
            release.countDown();
            first.get(10, java.util.concurrent.TimeUnit.SECONDS);
            assertThatThrownBy(() -> second.get(10, java.util.concurrent.TimeUnit.SECONDS))
                    .hasCauseInstanceOf(InvalidInputException.class);
        } finally {
            release.countDown();
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM person_post WHERE organization_id = :o")
                        .param("o", unit)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private PersonInput head(String name) {
        return new PersonInput(
                name,
                null,
                null,
                null,
                null,
                null,
                new PostInput(unit, PostTitle.CHAIR, null, LocalDate.of(2022, 1, 1), null));
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aMemberIsNeverPlacedInNorTransferredToAUnitNorFilteredByOne() throws Exception {
        long members = jdbc.sql("SELECT count(*) FROM member").query(Long.class).single();
        mvc.perform(post("/api/v1/members")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"Đỗ Văn Đơn Vị\",\"partyCardNo\":\"UNIT.%d\",\"cellId\":%d}"
                                .formatted(unit, unit))
                        .with(support.as(DISTRICT))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("cellId")));
        assertThat(jdbc.sql("SELECT count(*) FROM member").query(Long.class).single())
                .isEqualTo(members);
        long member = support.plainMember("Kim Liên", 3);
        var read = mvc.perform(get("/api/v1/members/{id}", member).with(support.as(DISTRICT)))
                .andReturn()
                .getResponse();
        mvc.perform(post("/api/v1/members/{id}/transfer", member)
                        .header("If-Match", read.getHeader("ETag"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"toCellId\":%d,\"transferredOn\":\"2024-01-02\"}".formatted(unit))
                        .with(support.as(DISTRICT))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("toCellId")));
        var list = page(get("/members"), DISTRICT);
        assertThat(list.select("select[name=organizationId] option").eachText())
                .anyMatch(name -> name.contains("Đảng ủy phường Kim Liên"))
                .noneMatch(name -> name.contains("Ủy ban MTTQ") || name.contains("Hội Chữ thập đỏ"));
    }

    private ResultActions create(String name, String title, String from, String until) throws Exception {
        return createIn(unit, name, title, from, until);
    }

    private ResultActions createIn(long organization, String name, String title, String from) throws Exception {
        return createIn(organization, name, title, from, null);
    }

    private ResultActions createIn(long organization, String name, String title, String from, String until)
            throws Exception {
        String ended = until == null ? "null" : "\"" + until + "\"";
        return mvc.perform(post("/api/v1/persons")
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"fullName": "%s", "gender": "FEMALE",
                         "post": {"organizationId": %d, "title": "%s", "startedOn": "%s", "endedOn": %s}}""".formatted(name, organization, title, from, ended))
                .with(support.as(DISTRICT))
                .with(csrf()));
    }

    private ResultActions addPost(long person, String title, String from, String until) throws Exception {
        String ended = until == null ? "null" : "\"" + until + "\"";
        return mvc.perform(post("/api/v1/persons/{id}/posts", person)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"organizationId": %d, "title": "%s", "startedOn": "%s", "endedOn": %s}""".formatted(unit, title, from, ended))
                .with(support.as(DISTRICT))
                .with(csrf()));
    }

    private long id(ResultActions result) throws Exception {
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    private Document page(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who)
            throws Exception {
        return Jsoup.parse(mvc.perform(request.with(support.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long person(String name) {
        return jdbc.sql("SELECT id FROM person WHERE full_name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    private long audit(String type, long id) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE entity_type = :t AND entity_id = :id")
                .param("t", type)
                .param("id", "" + id)
                .query(Long.class)
                .single();
    }
}
