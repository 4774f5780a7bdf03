package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.IntegrationTest;

/** The new-account form picks organizations and the member by name, never by a typed id. */
@IntegrationTest
class AccountPickersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor admin() {
        return user(users.loadUserByUsername("admin"));
    }

    private Document form() throws Exception {
        return Jsoup.parse(mvc.perform(get("/account/admin").with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long cellOfVanMieu() {
        return jdbc.sql("SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id "
                        + "WHERE w.name = 'Đảng ủy phường Văn Miếu' AND c.name = 'Chi bộ Tổ dân phố số 1'")
                .query(Long.class)
                .single();
    }

    private long member(String name) {
        return jdbc.sql("INSERT INTO member (full_name, party_card_no, cell_id) VALUES (:n, :card, :cell) RETURNING id")
                .param("n", name)
                .param("card", "T" + System.nanoTime())
                .param("cell", cellOfVanMieu())
                .query(Long.class)
                .single();
    }

    @Test
    void noFieldAsksForANumericId() throws Exception {
        var form = form().getElementById("new-account");

        assertThat(form.select("input").eachAttr("name"))
                .doesNotContain("memberId", "staffOrganizationIds", "secretaryCellIds");
        assertThat(form.select("select[data-picker]").eachAttr("name"))
                .contains("memberId", "staffOrganizationIds", "secretaryCellIds");
        assertThat(form.select("label[for=staffOrganizationIds]").text()).isEqualTo("Tổ chức (cán bộ)");
        assertThat(form.select("noscript input[name=member]")).hasSize(1);
    }

    @Test
    void cellsAreOfferedWithTheirWardInVietnameseOrder() throws Exception {
        var cells = form().select("#secretaryCellIds option").eachText();

        assertThat(cells).contains("Chi bộ Tổ dân phố số 1 · P. Văn Miếu", "Chi bộ Tổ dân phố số 1 · P. Quốc Tử Giám");
        // "Ô" is the letter after "O" in Vietnamese; in byte order it would come after every plain letter
        assertThat(cells.indexOf("Chi bộ Tổ dân phố số 1 · P. Ô Chợ Dừa"))
                .isGreaterThan(cells.indexOf("Chi bộ Tổ dân phố số 1 · P. Nam Đồng"))
                .isLessThan(cells.indexOf("Chi bộ Tổ dân phố số 1 · P. Phương Liên"));
        assertThat(form().select("#staffOrganizationIds option").eachText())
                .contains("Quận ủy Đống Đa")
                .noneMatch(label -> label.startsWith("Chi bộ Tổ dân phố"));
    }

    @Test
    void thePageLinksTheSearchablePickerAndItsLibraryIsServed() throws Exception {
        var scripts = form().select("script[src]").eachAttr("src");

        assertThat(scripts).contains("/js/pickers.js");
        String library = scripts.stream()
                .filter(src -> src.startsWith("/webjars/tom-select/") && src.endsWith("/tom-select.complete.min.js"))
                .findFirst()
                .orElseThrow();
        mvc.perform(get(library).with(admin())).andExpect(status().isOk());
        mvc.perform(get("/js/pickers.js")).andExpect(status().isOk());
    }

    @Test
    void theMemberPickerFindsMembersByNameWithoutDiacritics() throws Exception {
        String marker = "Kiểm Thử " + System.nanoTime();
        member("Nguyễn Thị " + marker);

        mvc.perform(get("/account/admin/members")
                        .param("q", "nguyen thi " + marker.replace("Kiểm Thử", "kiem thu"))
                        .with(admin()))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$[0].text").value(org.hamcrest.Matchers.startsWith("Nguyễn Thị " + marker + " · T")))
                .andExpect(jsonPath("$[0].text")
                        .value(org.hamcrest.Matchers.endsWith(" · Chi bộ Tổ dân phố số 1 · P. Văn Miếu")));
    }

    @Test
    void anAccountIsLinkedToTheMemberTypedByName() throws Exception {
        String name = "Trần Văn Kiểm Thử " + System.nanoTime();
        long member = member(name);
        String username = "member." + System.nanoTime();

        mvc.perform(post("/account/admin")
                        .with(admin())
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", name)
                        .param("password", "Secret12345")
                        .param("roles", "MEMBER")
                        .param("member", name.toLowerCase()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT member_id FROM account WHERE username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isEqualTo(member);
    }

    @Test
    void aNameSeveralMembersShareIsRefusedAndTheyAreOfferedToPick() throws Exception {
        String name = "Lê Văn Trùng Tên " + System.nanoTime();
        long first = member(name);
        long second = member(name);
        String username = "twin." + System.nanoTime();

        var page = Jsoup.parse(mvc.perform(post("/account/admin")
                        .with(admin())
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", name)
                        .param("password", "Secret12345")
                        .param("roles", "MEMBER")
                        .param("member", name))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(page.select(".field-error").eachText())
                .anyMatch(text -> text.contains("có nhiều đảng viên cùng tên: hãy chọn một người trong danh sách"));
        var picker = page.getElementById("memberId");
        assertThat(picker.hasAttr("hidden")).isFalse();
        assertThat(picker.select("option").eachAttr("value")).contains(String.valueOf(first), String.valueOf(second));
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE username = :u")
                        .param("u", username)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
