package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.shared.InvalidInputException;

/**
 * The units a committee leads stand under it: never under a cell or a department, and nothing of the party under
 * them. A refused placement names {@code parentId} and saves nothing; the tree and a unit's page show units as such.
 */
@IntegrationTest
class UnitPlacementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    Organizations organizations;

    @Autowired
    StructureChanges changes;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Organization district;
    Organization ward;
    Organization cell;
    Organization department;
    RequestPostProcessor admin;

    @BeforeEach
    void buildTree() {
        tree = new TestTree(organizations, jdbc);
        district = tree.district("Quận ủy Đơn vị");
        ward = tree.ward(district, "Đảng ủy phường Đơn vị");
        cell = tree.cell(ward, "Chi bộ Đơn vị");
        department = tree.create(district, OrganizationKind.DEPARTMENT, "Ban", "Văn phòng Quận ủy Đơn vị", "VP");
        admin = user(accounts.loadUserByUsername("admin"));
    }

    @Test
    void aUnitUnderACellOrADepartmentIsRefusedOnParentIdAndNothingIsSaved() throws Exception {
        long before = count();
        refused(cell, "FRONT", "chi bộ");
        refused(department, "MASS_ORGANIZATION", "Mặt trận Tổ quốc, tổ chức chính trị - xã hội");
        refused(department, "GOVERNMENT_UNIT", "đặt dưới một cấp ủy");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void nothingOfThePartyStandsUnderAUnitAndAUnitOnlyUnderItsOwnLeader() throws Exception {
        var front = tree.create(ward, OrganizationKind.FRONT, "Mặt trận", "Ủy ban MTTQ Đơn vị", "MTTQ");
        var council = tree.create(ward, OrganizationKind.PEOPLES_COUNCIL, "HĐND", "HĐND Đơn vị", "HĐND");
        long before = count();
        refused(front, "CELL", "không phải tổ chức đảng");
        refused(council, "MASS_ORGANIZATION", "đặt dưới một cấp ủy");
        refused(front, "GOVERNMENT_UNIT", "đặt dưới một cấp ủy");
        assertThat(count()).isEqualTo(before);
        // the two placements besides a committee: an organization of the Front, a school of the People's Committee
        assertThat(tree.create(front, OrganizationKind.MASS_ORGANIZATION, "Đoàn thể", "Hội Đơn vị", "HỘI")
                        .parentId())
                .isEqualTo(front.id());
        var committee = tree.create(ward, OrganizationKind.PEOPLES_COMMITTEE, "UBND", "UBND Đơn vị", "UBND");
        assertThat(tree.create(committee, OrganizationKind.GOVERNMENT_UNIT, "Trường", "Trường Đơn vị", "TH")
                        .parentId())
                .isEqualTo(committee.id());
    }

    @Test
    void aUnitMovesOnlyUnderACommitteeAndThePickerOffersNoCellOrDepartment() {
        var front = tree.create(ward, OrganizationKind.FRONT, "Mặt trận", "Ủy ban MTTQ Chuyển", "MTTQ");
        assertThat(organizations.possibleParents(front, Scope.everything()))
                .extracting(Organization::kind)
                .containsOnly(OrganizationKind.COMMITTEE, OrganizationKind.GRASSROOTS_COMMITTEE);
        assertThatThrownBy(() -> changes.move(
                        front.id(), new StructureChanges.Move(cell.id(), LocalDate.of(2024, 1, 1)), Scope.everything()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(
                                        InvalidInputException.FieldError::field,
                                        InvalidInputException.FieldError::message)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("parentId", "organization.parent.isCell")));
        assertThat(tree.reload(front).parentId()).isEqualTo(ward.id());
        changes.move(
                front.id(), new StructureChanges.Move(district.id(), LocalDate.of(2024, 1, 1)), Scope.everything());
        assertThat(tree.reload(front).parentId()).isEqualTo(district.id());
    }

    @Test
    void theCreateFormUnderAUnitOffersOnlyTheKindsThatMayStandThere() throws Exception {
        var front = tree.create(ward, OrganizationKind.FRONT, "Mặt trận", "Ủy ban MTTQ Biểu mẫu", "MTTQ");
        var page = Jsoup.parse(mvc.perform(get("/organizations/new")
                        .param("parentId", "" + front.id())
                        .with(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select("#kind option").eachAttr("value")).containsExactly("MASS_ORGANIZATION");
    }

    @Test
    void theTreeAndAUnitsPageShowItAsAUnitWithItsHead() throws Exception {
        long dongDa =
                organizations.findOpenNamed("Quận ủy Đống Đa").orElseThrow().id();
        var tree = Jsoup.parse(mvc.perform(get("/organizations")
                        .param("parentId", "" + dongDa)
                        .with(user(accounts.loadUserByUsername("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var front = tree.select(".tree-row:has(a:containsOwn(Ủy ban MTTQ Việt Nam quận Đống Đa))");
        assertThat(front.select(".unit-kind").text()).isEqualTo("Ủy ban Mặt trận Tổ quốc");
        assertThat(tree.select(".tree-row:has(a:containsOwn(Quận Đoàn Đống Đa)) .unit-kind")
                        .text())
                .isEqualTo("Tổ chức chính trị - xã hội");
        assertThat(tree.select(".tree-row:has(a:containsOwn(Đảng ủy phường Kim Liên)) .unit-kind"))
                .isEmpty();

        long frontId = organizations
                .findOpenNamed("Ủy ban MTTQ Việt Nam quận Đống Đa")
                .orElseThrow()
                .id();
        var page = Jsoup.parse(mvc.perform(
                        get("/organizations/{id}", frontId).with(user(accounts.loadUserByUsername("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(page.select(".unit-staff tbody tr").eachText())
                .containsExactly("Lê Thị Thu Hằng Chủ tịch Ủy ban MTTQ Việt Nam quận Đống Đa 01/07/2021");
        assertThat(page.select(".member-count")).isEmpty();
        assertThat(page.select(".officers")).isEmpty();
    }

    private void refused(Organization parent, String kind, String message) throws Exception {
        mvc.perform(post("/api/v1/organizations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"parentId": %d, "kind": "%s", "levelLabel": "Đơn vị", "name": "Đơn vị sai chỗ",
                                 "code": "SAI", "establishedOn": "2020-01-01"}""".formatted(parent.id(), kind))
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("parentId")))
                .andExpect(jsonPath("$.errors[0].message", Matchers.containsString(message)));
        assertThatThrownBy(() -> organizations.create(
                        new NewOrganization(
                                parent.id(),
                                OrganizationKind.valueOf(kind),
                                "Đơn vị",
                                "Đơn vị sai chỗ",
                                "SAI",
                                null,
                                LocalDate.of(2020, 1, 1)),
                        Scope.everything()))
                .isInstanceOf(InvalidInputException.class);
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM organization").query(Long.class).single();
    }
}
