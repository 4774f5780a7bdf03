package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;

/** User names are one name whatever their case: unique ignoring case, and found by an index. */
@IntegrationTest
class UsernameIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aNameDifferingOnlyInCaseFromAnExistingOneIsRefusedNamingTheField() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM account").query(Long.class).single();
        mvc.perform(post("/api/v1/accounts")
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"username":"DongDa.TuyenGiao","displayName":"Trùng tên","password":"Secret12345",
                                 "roles":["MEMBER"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        assertThat(jdbc.sql("SELECT count(*) FROM account").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void theDatabaseItselfRefusesTwoNamesDifferingOnlyInCase() {
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO account (username, display_name, password_hash) VALUES ('ADMIN', 'x', 'x')""").update()).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void signInFindsTheNameThroughAnIndex() {
        // A handful of demo accounts fit one page, where a scan is cheaper: forbid it so that only a missing
        // index shows. SET LOCAL ends with the transaction, on this connection only.
        String plan = transaction.execute(status -> {
            jdbc.sql("SET LOCAL enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("EXPLAIN SELECT id FROM account WHERE lower(username) = lower('Admin')")
                            .query(String.class)
                            .list());
        });
        assertThat(plan).contains("account_username_lower");
    }
}
