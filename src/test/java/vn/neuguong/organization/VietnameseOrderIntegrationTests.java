package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;

/** Names sort in Vietnamese alphabetical order: A < Ă < Â, D < Đ, O < Ô < Ơ, letters before tones. */
@IntegrationTest
class VietnameseOrderIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void membersAreListedInVietnameseAlphabeticalOrder() throws Exception {
        long cell = jdbc.sql("SELECT c.id FROM organization c JOIN organization w ON w.id = c.parent_id "
                        + "WHERE w.name = 'Đảng ủy phường Văn Miếu' AND c.name = 'Chi bộ Tổ dân phố số 2'")
                .query(Long.class)
                .single();
        String marker = "Thứ Tự " + System.nanoTime();
        for (String first : List.of("Đặng", "Dương", "Ân", "Anh", "Ông", "Ô")) {
            jdbc.sql("INSERT INTO member (full_name, party_card_no, cell_id) VALUES (:n, :card, :cell)")
                    .param("n", first + " " + marker)
                    .param("card", "V" + System.nanoTime())
                    .param("cell", cell)
                    .update();
        }

        var json = mvc.perform(get("/api/v1/members").param("q", marker).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> names = JsonPath.read(json, "$.items[*].fullName");

        assertThat(names)
                .containsExactly(
                        "Anh " + marker,
                        "Ân " + marker,
                        "Dương " + marker,
                        "Đặng " + marker,
                        "Ô " + marker,
                        "Ông " + marker);
    }
}
