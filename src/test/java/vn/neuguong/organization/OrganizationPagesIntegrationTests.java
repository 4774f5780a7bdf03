package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.IntegrationTest;
import vn.neuguong.member.MemberTestSupport;
import vn.neuguong.organization.StructureChanges.Rename;
import vn.neuguong.web.FormPages;

@IntegrationTest
class OrganizationPagesIntegrationTests {

    static final LocalDate JULY = LocalDate.of(2025, 7, 1);

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
    RequestPostProcessor admin;

    @BeforeEach
    void buildTree() {
        tree = new TestTree(organizations, jdbc);
        district = tree.district("Quận ủy Giao diện");
        ward = tree.ward(district, "Đảng ủy phường Giao diện");
        cell = tree.cell(ward, "Chi bộ Giao diện");
        admin = user(accounts.loadUserByUsername("admin"));
    }

    @Test
    void treePageShowsTheTopAndHtmxLoadsChildrenAsAPartialOfTheSameTemplate() throws Exception {
        mvc.perform(get("/organizations").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("Thành ủy Hà Nội")))
                .andExpect(content().string(containsString("name=\"asOf\"")))
                .andExpect(content().string(containsString("hx-get=\"/organizations?parentId=")))
                .andExpect(content().string(containsString("hx-target=\"#children-")));

        mvc.perform(get("/organizations")
                        .param("parentId", String.valueOf(district.id()))
                        .header("HX-Request", "true")
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString(ward.name())))
                .andExpect(content().string(containsString("id=\"children-" + ward.id() + "\"")));
    }

    @Test
    void asOfDatePickerShowsTheTreeAsItStoodOnThatDate() throws Exception {
        changes.rename(ward.id(), new Rename("Đảng ủy phường Tên Mới " + tree.suffix, null, JULY), Scope.everything());

        mvc.perform(get("/organizations")
                        .param("parentId", String.valueOf(district.id()))
                        .param("asOf", "2025-06-30")
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ward.name())))
                .andExpect(content().string(not(containsString("Tên Mới"))))
                .andExpect(content().string(containsString("30/06/2025")));
        mvc.perform(get("/organizations")
                        .param("parentId", String.valueOf(district.id()))
                        .param("asOf", "2025-07-01")
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đảng ủy phường Tên Mới " + tree.suffix)));
    }

    @Test
    void organizationPageRendersInVietnameseAndEnglish() throws Exception {
        long member = tree.member(cell, "Hoàng Văn Bí Thư");
        tree.position(member, ward, "SECRETARY");

        mvc.perform(get("/organizations/{id}", ward.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ward.name())))
                .andExpect(content().string(containsString("Cấp ủy, lãnh đạo")))
                .andExpect(content().string(containsString("Hoàng Văn Bí Thư")))
                .andExpect(content().string(containsString("Bí thư")))
                .andExpect(content().string(containsString("Lịch sử tổ chức")))
                .andExpect(content().string(containsString("Thành lập")))
                .andExpect(content().string(containsString("<dd class=\"member-count\">1</dd>")))
                .andExpect(content().string(containsString(cell.name())));
        mvc.perform(get("/organizations/{id}", ward.id()).param("lang", "en").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Officers")))
                .andExpect(content().string(containsString("Secretary")))
                .andExpect(content().string(containsString("History")))
                .andExpect(content().string(containsString("Established")))
                .andExpect(content().string(containsString("Grassroots party committee")));
    }

    @Test
    void wardStaffAreOfferedNoStructureChangeOfTheirOwnWardButAreOfACellBelowIt() throws Exception {
        var support = new MemberTestSupport(accounts, jdbc);
        long vanMieu = jdbc.sql("SELECT id FROM organization WHERE name = 'Đảng ủy phường Văn Miếu'")
                .query(Long.class)
                .single();
        long cellOne = support.cell("Văn Miếu", 1);
        var wardStaff = support.as("vanmieu.vanphong");

        var ownWard = actions(get("/organizations/{id}", vanMieu).with(wardStaff));
        assertThat(ownWard)
                .containsExactly("/organizations/new?parentId=" + vanMieu, "/organizations/" + vanMieu + "/edit");
        for (String change : new String[] {"rename", "move", "merge", "split", "close"}) {
            mvc.perform(get("/organizations/{id}/" + change, vanMieu).with(wardStaff))
                    .andExpect(status().isForbidden());
        }

        var cellBelow = actions(get("/organizations/{id}", cellOne).with(wardStaff));
        assertThat(cellBelow)
                .containsExactly(
                        "/organizations/" + cellOne + "/edit",
                        "/organizations/" + cellOne + "/rename",
                        "/organizations/" + cellOne + "/merge",
                        "/organizations/" + cellOne + "/split",
                        "/organizations/" + cellOne + "/close");
        assertThat(actions(get("/organizations/{id}", cellOne).with(support.as("dongda.tuyengiao"))))
                .as("the district has other wards to move the cell to")
                .contains("/organizations/" + cellOne + "/move");
        assertThat(actions(get("/organizations/{id}", vanMieu).with(support.as("dongda.tuyengiao"))))
                .contains("/organizations/" + vanMieu + "/rename", "/organizations/" + vanMieu + "/close");
        assertThat(actions(get("/organizations/{id}", cellOne).with(support.as("bithu.vanmieu1"))))
                .as("a secretary changes no structure")
                .isEmpty();
    }

    /** The links of the organization page's actions. */
    private java.util.List<String> actions(RequestBuilder page) throws Exception {
        var html = mvc.perform(page)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html).select("nav.actions a").eachAttr("href");
    }

    @Test
    void everyChangeFormRenders() throws Exception {
        for (var form : new String[] {"edit", "rename", "move", "merge", "split", "close"}) {
            mvc.perform(get("/organizations/{id}/" + form, ward.id()).with(admin))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(containsString("action=\"/organizations/" + ward.id() + "/" + form + "\"")));
        }
        mvc.perform(get("/organizations/{id}/split", ward.id()).with(admin))
                .andExpect(content().string(containsString("name=\"child." + cell.id() + "\"")));
        mvc.perform(get("/organizations/new")
                        .param("parentId", String.valueOf(ward.id()))
                        .with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ward.name())));
    }

    @Test
    void formErrorsAreShownNextToTheirFieldsAndNothingIsSaved() throws Exception {
        var rename = page(post("/organizations/{id}/rename", ward.id())
                .param("name", "")
                .param("effectiveOn", "")
                .param("version", String.valueOf(ward.version()))
                .with(admin)
                .with(csrf()));
        FormPages.assertFieldError(rename, "name", "là bắt buộc");
        FormPages.assertFieldError(rename, "effectiveOn", "là bắt buộc");
        FormPages.assertSummaryLinks(rename, "Tên là bắt buộc", "name", "effectiveOn");
        FormPages.assertEveryLabelNamesItsControl(rename);

        var tooEarly = page(post("/organizations/{id}/rename", ward.id())
                .param("name", "Tên khác")
                .param("effectiveOn", "2014-01-01")
                .param("version", String.valueOf(ward.version()))
                .with(admin)
                .with(csrf()));
        FormPages.assertFieldError(tooEarly, "effectiveOn", "trước ngày tổ chức được thành lập");
        assertThat(tooEarly.getElementById("name").val()).isEqualTo("Tên khác");

        var move = page(post("/organizations/{id}/move", ward.id())
                .param("parentId", String.valueOf(cell.id()))
                .param("effectiveOn", "2025-07-01")
                .param("lang", "en")
                .with(admin)
                .with(csrf()));
        FormPages.assertFieldError(move, "parentId", "cannot be the organization itself");
        assertThat(move.selectFirst(".error-summary h2").text()).isEqualTo("There is a problem");

        var close = page(post("/organizations/{id}/close", ward.id())
                .param("effectiveOn", "not a date")
                .with(admin)
                .with(csrf()));
        FormPages.assertFieldError(close, "effectiveOn", "phải là một ngày có thật");
        assertThat(tree.reload(ward).name()).isEqualTo(ward.name());
        assertThat(tree.reload(ward).isOpen()).isTrue();
        assertThat(tree.periods(ward)).isEqualTo(1);
    }

    @Test
    void splitErrorsOfARowPointAtThatRowsInput() throws Exception {
        var split = page(post("/organizations/{id}/split", ward.id())
                .param("effectiveOn", "2025-07-01")
                .param("partName", "Phường Một", "")
                .param("partCode", "ĐU", "ĐU2")
                .param("partLevel", "Đảng ủy phường", "Đảng ủy phường")
                .with(admin)
                .with(csrf()));

        FormPages.assertFieldError(split, "parts-1-name", "là bắt buộc");
        assertThat(split.select(".error-summary a[href=#parts-1-name]").text()).isEqualTo("Tên là bắt buộc");
    }

    @Test
    void formsMarkTheirRequiredFieldsBeforeAnythingIsSent() throws Exception {
        var create = page(get("/organizations/new")
                .param("parentId", String.valueOf(ward.id()))
                .with(admin));

        assertThat(create.select(".error-summary")).isEmpty();
        assertThat(create.select("[aria-invalid]")).isEmpty();
        for (var field : new String[] {"kind", "levelLabel", "name", "code", "establishedOn"}) {
            assertThat(create.getElementById(field).hasAttr("required"))
                    .as(field)
                    .isTrue();
            assertThat(create.select("label[for=" + field + "] .required-mark"))
                    .as(field)
                    .hasSize(1);
        }
        assertThat(create.getElementById("address").hasAttr("required")).isFalse();
        assertThat(create.select("label[for=address] .required-mark")).isEmpty();
        assertThat(create.getElementById("code").attr("aria-describedby")).isEqualTo("code-hint");
    }

    @Test
    void treeTogglesSayWhetherTheyAreOpenAndWhichListTheyOpen() throws Exception {
        var treePage = page(get("/organizations")
                .param("parentId", String.valueOf(district.id()))
                .with(admin));

        var toggle = treePage.selectFirst("button.tree-toggle[aria-controls=children-" + ward.id() + "]");
        assertThat(toggle).isNotNull();
        assertThat(toggle.attr("aria-expanded")).isEqualTo("false");
        assertThat(toggle.attr("aria-label")).isEqualTo("Các tổ chức trực thuộc " + ward.name());
        assertThat(treePage.getElementById("children-" + ward.id()).hasAttr("hidden"))
                .isTrue();
    }

    private Document page(RequestBuilder request) throws Exception {
        var response =
                mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString());
    }

    @Test
    void createAndMergeThroughTheForms() throws Exception {
        mvc.perform(post("/organizations/new")
                        .param("parentId", String.valueOf(ward.id()))
                        .param("kind", "CELL")
                        .param("levelLabel", "Chi bộ")
                        .param("name", "Chi bộ Mới " + tree.suffix)
                        .param("code", "CB")
                        .param("establishedOn", "2020-01-01")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/organizations/*"));
        var created =
                organizations.findByName(ward.id(), "Chi bộ Mới " + tree.suffix).orElseThrow();

        mvc.perform(post("/organizations/{id}/merge", cell.id())
                        .param("sourceIds", String.valueOf(created.id()))
                        .param("targetId", String.valueOf(cell.id()))
                        .param("effectiveOn", "2025-07-01")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organizations/" + cell.id()));
        assertThat(tree.reload(created).closedOn()).isEqualTo(JULY);
    }

    @Test
    void splitThroughTheFormSendsEachChildToItsChosenPart() throws Exception {
        var second = tree.cell(ward, "Chi bộ Thứ hai");

        mvc.perform(post("/organizations/{id}/split", ward.id())
                        .param("effectiveOn", "2025-07-01")
                        .param("partName", "Phường Tách Một " + tree.suffix, "Phường Tách Hai " + tree.suffix, "")
                        .param("partCode", "ĐU", "ĐU", "")
                        .param("partLevel", "Đảng ủy phường", "Đảng ủy phường", "Đảng ủy phường")
                        .param("child." + cell.id(), "0")
                        .param("child." + second.id(), "1")
                        .with(admin)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        var two = organizations
                .findByName(district.id(), "Phường Tách Hai " + tree.suffix)
                .orElseThrow();
        assertThat(tree.reload(second).parentId()).isEqualTo(two.id());
        assertThat(tree.reload(ward).closedOn()).isEqualTo(JULY);
    }
}
