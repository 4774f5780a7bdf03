package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.campaign.CampaignForm.RequirementForm;
import vn.neuguong.organization.Organization;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;

/**
 * Campaigns aimed at the political system: the units of a subtree owe the lines meant for them, the requirement form
 * offers those lines, and a unit's staff account acts on its unit alone, marking its own obligation done.
 */
@IntegrationTest
class UnitObligationsIntegrationTests {

    static final String UNIT = "kimlien.mttq";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    Organizations organizations;

    @Autowired
    CampaignDrafts drafts;

    @Test
    void launchingGivesEachLineToTheUnitsItIsMeantFor() {
        String suffix = " " + System.nanoTime();
        var district =
                create(demo.organization("Thành ủy Hà Nội"), OrganizationKind.COMMITTEE, "Quận ủy HTCT" + suffix);
        var ward = create(district.id(), OrganizationKind.GRASSROOTS_COMMITTEE, "Đảng ủy phường HTCT" + suffix);
        create(ward.id(), OrganizationKind.CELL, "Chi bộ HTCT" + suffix);
        create(district.id(), OrganizationKind.DEPARTMENT, "Văn phòng HTCT" + suffix);
        var front = create(ward.id(), OrganizationKind.FRONT, "Ủy ban MTTQ HTCT" + suffix);
        create(front.id(), OrganizationKind.MASS_ORGANIZATION, "Hội Phụ nữ HTCT" + suffix);
        var government = create(ward.id(), OrganizationKind.PEOPLES_COMMITTEE, "UBND HTCT" + suffix);
        create(government.id(), OrganizationKind.GOVERNMENT_UNIT, "Trường Tiểu học HTCT" + suffix);
        create(ward.id(), OrganizationKind.PEOPLES_COUNCIL, "HĐND HTCT" + suffix);

        long document = jdbc.sql("SELECT id FROM document ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
        var rows = List.of(
                line(AppliesTo.FRONT_AND_MASS),
                line(AppliesTo.GOVERNMENT),
                line(AppliesTo.POLITICAL_SYSTEM),
                line(AppliesTo.ALL));
        var campaign = drafts.create(
                new CampaignForm(
                        "Hệ thống chính trị" + suffix,
                        null,
                        document,
                        demo.organization("Thành ủy Hà Nội"),
                        List.of(district.id()),
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31),
                        rows),
                Scope.everything());
        drafts.launch(campaign.id(), campaign.version(), Scope.everything(), LocalDate.of(2024, 1, 2));

        var owed = jdbc.sql("SELECT r.applies_to, count(*) FROM obligation ob JOIN campaign_requirement r"
                        + " ON r.id = ob.requirement_id WHERE ob.campaign_id = :c GROUP BY r.applies_to")
                .param("c", campaign.id())
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list();
        // Front + its association; People's Committee, its school and the Council; all of it but the department;
        // the party's own: the district, the ward and the cell
        assertThat(owed)
                .containsExactlyInAnyOrder(
                        Map.entry("FRONT_AND_MASS", 2L),
                        Map.entry("GOVERNMENT", 3L),
                        Map.entry("POLITICAL_SYSTEM", 8L),
                        Map.entry("ALL", 3L));
    }

    @Test
    void theRequirementFormOffersTheUnitsLines() throws Exception {
        var page = Jsoup.parse(mvc.perform(get("/campaigns/new").with(demo.signedIn("dongda.tuyengiao")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("select[name='requirements[0].appliesTo'] option")
                        .eachText())
                .contains(
                        "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội",
                        "Chính quyền: UBND, HĐND, phòng, ban, đơn vị, trường học",
                        "Cả hệ thống chính trị (tổ chức đảng, chính quyền, Mặt trận, đoàn thể)");
    }

    @Test
    void theAccountFormsScopePickerOffersUnitsNamedWithTheirKind() throws Exception {
        var form = Jsoup.parse(mvc.perform(get("/account/admin").with(demo.signedIn("admin")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(form.select("#staffOrganizationIds option").eachText())
                .contains(
                        "Ủy ban MTTQ Việt Nam phường Kim Liên · Ủy ban Mặt trận Tổ quốc",
                        "Ủy ban nhân dân phường Bồ Đề · Ủy ban nhân dân",
                        "Quận ủy Đống Đa");
    }

    @Test
    void aUnitsAccountSeesTheUnitAloneAndMarksItsOwnObligationDone() throws Exception {
        long front = demo.organization("Ủy ban MTTQ Việt Nam phường Kim Liên");
        long ward = demo.organization("Đảng ủy phường Kim Liên");
        long wardMember = jdbc.sql("SELECT m.id FROM member m JOIN organization c ON c.id = m.cell_id"
                        + " WHERE c.parent_id = :w ORDER BY m.id LIMIT 1")
                .param("w", ward)
                .query(Long.class)
                .single();
        mvc.perform(get("/api/v1/members/{id}", wardMember).with(demo.signedIn(UNIT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/members").with(demo.signedIn(UNIT)))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/organizations/{id}", ward).with(demo.signedIn(UNIT)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organizations/{id}", front).with(demo.signedIn(UNIT)))
                .andExpect(status().isOk());

        long theme = jdbc.sql("SELECT id FROM campaign WHERE title = :t")
                .param("t", CampaignDemoData.THEME_2023_TITLE)
                .query(Long.class)
                .single();
        mvc.perform(get("/campaigns/{id}", theme).with(demo.signedIn(UNIT))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/campaigns/{id}/obligations", theme)
                        .param("organizationId", "" + ward)
                        .with(demo.signedIn(UNIT)))
                .andExpect(status().isNotFound());
        var dashboard = mvc.perform(get("/dashboard").with(demo.signedIn(UNIT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dashboard).contains(CampaignDemoData.THEME_2023_TITLE);

        String list = mvc.perform(get("/api/v1/campaigns/{id}/obligations", theme)
                        .param("organizationId", "" + front)
                        .with(demo.signedIn(UNIT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> open = JsonPath.read(list, "$.items[?(@.fulfilledOn == null)].id");
        assertThat(open).isNotEmpty();
        int obligation = open.get(0);
        int version = JsonPath.<List<Integer>>read(list, "$.items[?(@.id == " + obligation + ")].version")
                .get(0);
        mvc.perform(post("/api/v1/campaigns/{c}/obligations/{o}/done", theme, obligation)
                        .header("If-Match", "\"" + version + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fulfilledOn\":\"2023-06-20\",\"note\":\"Ủy ban MTTQ phường đã gửi báo cáo\"}")
                        .with(demo.signedIn(UNIT))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fulfilledOn").value("2023-06-20"));
    }

    private Organization create(long parent, OrganizationKind kind, String name) {
        return organizations.create(
                new NewOrganization(parent, kind, "Cấp thử", name, "HT", null, LocalDate.of(2015, 1, 1)),
                Scope.everything());
    }

    private static RequirementForm line(AppliesTo appliesTo) {
        return new RequirementForm(ObligationKind.PERIODIC_REPORT, appliesTo, LocalDate.of(2024, 6, 30), null, null);
    }
}
