package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.member.CommitteeBodies;
import vn.neuguong.organization.Scope;
import vn.neuguong.web.FormPages;
import vn.neuguong.web.TimeConfiguration;

/**
 * The issue and external forms list the scope's first organizations and signers and the ones already chosen, never
 * the whole country; their pickers search the rest by name within the scope.
 */
@IntegrationTest
class DocumentIssueFormIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentSearch search;

    @Autowired
    CommitteeBodies bodies;

    @Autowired
    UserDetailsService users;

    /**
     * The demo holds fewer organizations (173 open) and posts (13) than a form lists, so the bound itself is read
     * here with a smaller one: the first in tree order, then every chosen one the scope covers, never a foreign one.
     */
    @Test
    void theListedOrganizationsAndSignersAreTheFirstInTreeOrderAndTheChosen() {
        var admin = Scope.of(new DocumentTestSupport(jdbc, users).actor("admin"));
        List<Long> tree = jdbc.sql("SELECT id FROM organization WHERE closed_on IS NULL ORDER BY path")
                .query(Long.class)
                .list();
        assertThat(tree).hasSizeGreaterThan(12);
        var chosen = List.of(tree.get(tree.size() - 1), tree.get(tree.size() - 2), tree.get(3));
        assertThat(search.issuers(admin, chosen, 10).stream().map(o -> o.id()).toList())
                .containsExactlyElementsOf(
                        Stream.concat(tree.subList(0, 10).stream(), Stream.of(chosen.get(1), chosen.get(0)))
                                .toList());
        assertThat(search.issuers(admin, List.of(), 10)).hasSize(10);

        var ward = Scope.of(new DocumentTestSupport(jdbc, users).actor("vanmieu.vanphong"));
        long vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        long longBien = demo.organization("Quận ủy Long Biên");
        assertThat(search.issuers(ward, List.of(longBien), 1).stream()
                        .map(o -> o.id())
                        .toList())
                .containsExactly(vanMieu);

        var today = LocalDate.now(TimeConfiguration.ZONE);
        var all = bodies.signers(admin, today);
        assertThat(all).hasSizeGreaterThan(3);
        var last = all.get(all.size() - 1);
        var listed = bodies.signers(admin, today, 2, last.memberId());
        assertThat(listed.subList(0, 2)).isEqualTo(all.subList(0, 2));
        assertThat(listed.subList(2, listed.size()))
                .extracting(s -> s.memberId())
                .containsOnly(last.memberId());
        assertThat(bodies.signers(admin, today, 2, all.get(0).memberId())).isEqualTo(all.subList(0, 2));
        var wards = bodies.signers(ward, today).stream().map(s -> s.memberId()).toList();
        long foreign = all.stream()
                .map(s -> s.memberId())
                .filter(id -> !wards.contains(id))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(bodies.signers(ward, today, 2, foreign))
                .extracting(s -> s.memberId())
                .hasSizeLessThanOrEqualTo(2)
                .doesNotContain(foreign);
    }

    @Test
    void theAdminsFormsListTheFirstOrganizationsAndSignersAndSearchTheRest() throws Exception {
        long open = jdbc.sql("SELECT count(*) FROM organization WHERE closed_on IS NULL")
                .query(Long.class)
                .single();
        int first = (int) Math.min(open, DocumentSearch.ISSUER_FILTER_SIZE);
        var issue = page(get("/documents/new").with(demo.signedIn("admin")));
        assertThat(organizations(issue, "issuerId")).hasSize(first);
        assertThat(organizations(issue, "recipientIds")).hasSize(first);
        assertThat(organizations(issue, "issuerId").get(0)).isEqualTo(firstInTree());
        assertThat(issue.select("select#issuerId").attr("data-picker-search")).isEqualTo("/documents/issuers");
        assertThat(issue.select("select#recipientIds").attr("data-picker-search"))
                .isEqualTo("/documents/issuers");
        long posts = jdbc.sql(
                        "SELECT count(*) FROM member_position p JOIN organization o ON o.id = p.organization_id"
                                + " WHERE o.kind <> 'CELL' AND p.started_on <= :day AND (p.ended_on IS NULL OR p.ended_on > :day)")
                .param("day", LocalDate.now(TimeConfiguration.ZONE))
                .query(Long.class)
                .single();
        assertThat(issue.select("select#signerId option[value]:not([value=''])"))
                .hasSize((int) Math.min(posts, DocumentIssueController.SIGNERS));
        assertThat(issue.select("select#signerId").attr("data-picker-search")).isEqualTo("/documents/signers");

        var external = page(get("/documents/external/new").with(demo.signedIn("admin")));
        assertThat(organizations(external, "registeredById")).hasSize(first);
        assertThat(organizations(external, "recipientIds")).hasSize(first);
        assertThat(external.select("select#registeredById").attr("data-picker-search"))
                .isEqualTo("/documents/issuers");
    }

    @Test
    void aFailedPostKeepsTheChosenOrganizationsBeyondTheFirstOnes() throws Exception {
        List<Long> last = jdbc.sql("SELECT id FROM organization WHERE closed_on IS NULL ORDER BY path DESC LIMIT 3")
                .query(Long.class)
                .list();
        long open = jdbc.sql("SELECT count(*) FROM organization WHERE closed_on IS NULL")
                .query(Long.class)
                .single();
        int first = (int) Math.min(open, DocumentSearch.ISSUER_FILTER_SIZE);
        // the last three in tree order lie beyond the first 200 when the demo holds more than 203 organizations
        int beyond = (int) Math.max(0, Math.min(3, open - first));
        var issue = page(post("/documents")
                .param("typeCode", "KH")
                .param("issuerId", last.get(0).toString())
                .param("recipientIds", last.get(1).toString(), last.get(2).toString())
                .param("issuedOn", "2016-12-20")
                .param("summary", "")
                .with(demo.signedIn("admin"))
                .with(csrf()));
        FormPages.assertFieldError(issue, "summary", "là bắt buộc");
        assertThat(organizations(issue, "issuerId")).hasSize(first + beyond).contains(last.toArray(Long[]::new));
        assertThat(issue.select("select#issuerId option[selected]").eachAttr("value"))
                .containsExactly(last.get(0).toString());
        assertThat(issue.select("select#recipientIds option[selected]").eachAttr("value"))
                .containsExactlyInAnyOrder(last.get(1).toString(), last.get(2).toString());

        var external = page(post("/documents/external")
                .param("number", "12-XX/TW")
                .param("issuerName", "Bộ Chính trị")
                .param("issuedOn", "2016-05-15")
                .param("summary", "Văn bản đến")
                .param("registeredById", last.get(0).toString())
                .param("recipientIds", last.get(1).toString())
                .with(demo.signedIn("admin"))
                .with(csrf()));
        FormPages.assertErrorShown(external, "number", "Loại văn bản trong số, ký hiệu không hợp lệ");
        assertThat(organizations(external, "registeredById"))
                .hasSize(first + (int) Math.max(0, Math.min(2, open - first)));
        assertThat(external.select("select#registeredById option[selected]").eachAttr("value"))
                .containsExactly(last.get(0).toString());
        assertThat(external.select("select#recipientIds option[selected]").eachAttr("value"))
                .containsExactly(last.get(1).toString());
    }

    @Test
    void aForeignRecipientIsNeverOfferedAndStillRefused() throws Exception {
        long vanMieu = demo.organization("Đảng ủy phường Văn Miếu");
        long longBien = demo.organization("Quận ủy Long Biên");
        long before =
                jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
        var page = page(post("/documents")
                .param("typeCode", "TB")
                .param("issuerId", Long.toString(vanMieu))
                .param("recipientIds", Long.toString(longBien))
                .param("issuedOn", "2016-12-20")
                .param("summary", "Gửi sai nơi")
                .with(demo.signedIn("vanmieu.vanphong"))
                .with(csrf()));
        FormPages.assertErrorShown(page, "recipientIds", "Nơi nhận phải là tổ chức trong phạm vi");
        assertThat(organizations(page, "recipientIds")).contains(vanMieu).doesNotContain(longBien);
        assertThat(organizations(page, "issuerId")).doesNotContain(longBien);
        assertThat(jdbc.sql("SELECT count(*) FROM document").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void theSignerPickerSearchesTheScopesPostsOnly() throws Exception {
        long diem = jdbc.sql("SELECT id FROM member WHERE full_name = 'Ngô Mạnh Điềm' ORDER BY id DESC LIMIT 1")
                .query(Long.class)
                .single();
        String inside =
                body(get("/documents/signers").param("q", "ngo manh diem").with(demo.signedIn("hanoi.tuyengiao")));
        assertThat(inside).contains("\"value\":" + diem).contains("Phó Bí thư Thường trực");
        String outside =
                body(get("/documents/signers").param("q", "ngo manh diem").with(demo.signedIn("vanmieu.vanphong")));
        assertThat(outside).isEqualTo("[]");
        assertThat(body(get("/documents/signers").param("q", " ").with(demo.signedIn("hanoi.tuyengiao"))))
                .isEqualTo("[]");

        // a chosen signer beyond the listed ones is kept after a failed post
        var page = page(post("/documents")
                .param("issuedOn", "2022-03-01")
                .param("signerId", Long.toString(diem))
                .with(demo.signedIn("hanoi.tuyengiao"))
                .with(csrf()));
        assertThat(page.select("select#signerId option[selected]").eachAttr("value"))
                .contains(Long.toString(diem));
    }

    private long firstInTree() {
        return jdbc.sql("SELECT id FROM organization WHERE closed_on IS NULL ORDER BY path LIMIT 1")
                .query(Long.class)
                .single();
    }

    private static List<Long> organizations(Document page, String select) {
        return page.select("select#" + select + " option[value]:not([value=''])").eachAttr("value").stream()
                .map(Long::valueOf)
                .toList();
    }

    private String body(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private Document page(RequestBuilder request) throws Exception {
        return Jsoup.parse(body(request));
    }
}
