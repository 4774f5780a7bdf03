package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;

/**
 * A party card number already in use is named with its holder when the holder is in the caller's scope; one held
 * outside the scope gets a neutral "cannot be used" that says nothing about who holds it or where.
 */
@IntegrationTest
class PartyCardDuplicateIntegrationTests {

    static final String STAFF = "vanmieu.vanphong";
    static final String UNUSABLE = "không thể sử dụng";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    JdbcClient jdbc;

    MemberTestSupport support;
    String insideCard;
    String insideName;
    String outsideCard;
    String outsideName;

    @BeforeEach
    void findHolders() {
        support = new MemberTestSupport(accounts, jdbc);
        long inside = support.plainMember("Văn Miếu", 2);
        long outside = support.plainMember("Quốc Tử Giám", 2);
        insideCard = column("party_card_no", inside);
        insideName = column("full_name", inside);
        outsideCard = column("party_card_no", outside);
        outsideName = column("full_name", outside);
    }

    private String column(String column, long member) {
        return jdbc.sql("SELECT " + column + " FROM member WHERE id = :id")
                .param("id", member)
                .query(String.class)
                .single();
    }

    private String createJson(String card) {
        return "{\"fullName\":\"Người Mới\",\"partyCardNo\":\"" + card + "\",\"cellId\":" + support.cell("Văn Miếu", 1)
                + "}";
    }

    @Test
    void aCardHeldInsideTheScopeNamesItsHolder() throws Exception {
        mvc.perform(post("/api/v1/members")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(createJson(insideCard))
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partyCardNo"))
                .andExpect(jsonPath("$.errors[0].message").value("đã được cấp cho " + insideName));
        mvc.perform(post("/api/v1/members")
                        .param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(createJson(insideCard))
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(jsonPath("$.errors[0].message").value("is already registered to " + insideName));
    }

    @Test
    void aCardHeldOutsideTheScopeGetsANeutralAnswerOnCreateAndUpdate() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM member").query(Long.class).single();
        mvc.perform(post("/api/v1/members")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(createJson(outsideCard))
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("partyCardNo"))
                .andExpect(jsonPath("$.errors[0].message").value(UNUSABLE))
                .andExpect(content().string(not(containsString(outsideName))));

        long mine = support.plainMember("Văn Miếu", 1);
        String myCard = column("party_card_no", mine);
        mvc.perform(put("/api/v1/members/{id}", mine)
                        .header("If-Match", "\"" + column("version", mine) + "\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fullName\":\"" + column("full_name", mine) + "\",\"partyCardNo\":\"" + outsideCard
                                + "\",\"status\":\"ACTIVE\"}")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(UNUSABLE));
        mvc.perform(post("/members/new")
                        .param("fullName", "Người Mới")
                        .param("partyCardNo", outsideCard)
                        .param("cellId", Long.toString(support.cell("Văn Miếu", 1)))
                        .param("status", "ACTIVE")
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(content().string(containsString(UNUSABLE)))
                .andExpect(content().string(not(containsString(outsideName))))
                .andExpect(content().string(not(containsString("phạm vi"))));

        assertThat(jdbc.sql("SELECT count(*) FROM member").query(Long.class).single())
                .isEqualTo(before);
        assertThat(column("party_card_no", mine)).isEqualTo(myCard);
    }

    @Test
    void aRosterRowWithACardHeldOutsideTheScopeGetsTheNeutralAnswer() throws Exception {
        String csv = "Họ và tên,Số thẻ đảng viên,Chi bộ\nKẻ Lạ," + outsideCard + ",Chi bộ Tổ dân phố số 1\n";
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile(
                                "file", "roster.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(support.as(STAFF))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Số thẻ đảng viên"))
                .andExpect(jsonPath("$.errors[0].message").value(UNUSABLE))
                .andExpect(content().string(not(containsString(outsideName))))
                .andExpect(content().string(not(containsString("phạm vi"))));
        assertThat(column("full_name", support.plainMember("Quốc Tử Giám", 2))).isEqualTo(outsideName);
    }
}
