package vn.neuguong.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.Role;

/**
 * Failed sign-ins make the next attempts wait, per address and per account, without locking the owner out: the
 * policy the README describes (defaults: 10 free failures per address, 5 per account, waits from 1 s doubling).
 */
@IntegrationTest
class LoginThrottleIntegrationTests {

    static final String PASSWORD = "Throttle1right";
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SecurityProperties properties;

    @Autowired
    UserDetailsService users;

    @Autowired
    JsonMapper json;

    /** An address no other test signs in from. */
    private static String freshAddress() {
        int n = ADDRESSES.incrementAndGet() + (int) (System.nanoTime() % 200) * 250;
        return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
    }

    private String newAccount(String prefix) {
        String username = prefix + "." + System.nanoTime();
        administration.create(
                new AccountForm(username, "Thử chặn", null, PASSWORD, null, Set.of(Role.ADMIN), null, null));
        return username;
    }

    private MockHttpServletResponse login(String username, String password, String address) throws Exception {
        return login(post("/login"), username, password, address);
    }

    private MockHttpServletResponse login(
            MockHttpServletRequestBuilder request, String username, String password, String address) throws Exception {
        return mvc.perform(request.param("username", username)
                        .param("password", password)
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(address);
                            return r;
                        }))
                .andReturn()
                .getResponse();
    }

    private static boolean signedIn(MockHttpServletResponse response) {
        return "/dashboard".equals(response.getRedirectedUrl());
    }

    private static boolean wrongPassword(MockHttpServletResponse response) {
        return "/login?error".equals(response.getRedirectedUrl());
    }

    private static boolean throttled(MockHttpServletResponse response) {
        return response.getRedirectedUrl() != null
                && response.getRedirectedUrl().startsWith("/login?wait=")
                && response.getHeader("Retry-After") != null;
    }

    /** Lets every wait pass, as if the attacker had waited. */
    private void waitsPass() {
        jdbc.sql("UPDATE login_failure SET wait_until = now() - interval '1 millisecond' WHERE wait_until > now()")
                .update();
    }

    @Test
    void twentyWrongPasswordsInARowAreThrottled() throws Exception {
        String victim = newAccount("flood");
        String attacker = freshAddress();
        int wrong = 0;
        int waited = 0;
        for (int i = 0; i < 20; i++) {
            var response = login(victim, "guess-" + i, attacker);
            if (wrongPassword(response)) {
                wrong++;
            } else if (throttled(response)) {
                waited++;
            }
        }

        int free = properties.loginThrottle().accountFreeFailures();
        assertThat(wrong).as("passwords checked").isBetween(free, free + 3);
        assertThat(wrong + waited).isEqualTo(20);
        assertThat(throttled(login(victim, PASSWORD, attacker)))
                .as("the right password from the flooding address waits too")
                .isTrue();
    }

    @Test
    void theOwnerSignsInFromAnotherAddressAfterTheFloodAndTheirTokensKeepWorking() throws Exception {
        String victim = newAccount("owner");
        var token = (String) json.readValue(
                        mvc.perform(post("/api/v1/tokens")
                                        .with(org.springframework.security.test.web.servlet.request
                                                .SecurityMockMvcRequestPostProcessors.user(
                                                users.loadUserByUsername(victim)))
                                        .with(csrf())
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content("{\"name\":\"script\",\"expiresOn\":\""
                                                + LocalDate.now().plusDays(9) + "\"}"))
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        Map.class)
                .get("token");
        String attacker = freshAddress();
        for (int i = 0; i < 20; i++) {
            login(victim, "guess-" + i, attacker);
        }

        assertThat(signedIn(login(victim, PASSWORD, freshAddress())))
                .as("the owner from an address of their own")
                .isTrue();
        mvc.perform(get("/api/v1/accounts/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void onceAnAddressHasFailedForAThrottledAccountItWaitsToo() throws Exception {
        String victim = newAccount("typo");
        String attacker = freshAddress();
        for (int i = 0; i < properties.loginThrottle().accountFreeFailures(); i++) {
            assertThat(wrongPassword(login(victim, "guess-" + i, attacker))).isTrue();
        }
        String owner = freshAddress();

        assertThat(wrongPassword(login(victim, "typo", owner))).isTrue();
        assertThat(throttled(login(victim, PASSWORD, owner))).isTrue();
    }

    @Test
    void theWaitDoublesWithEachFurtherFailure() throws Exception {
        String victim = newAccount("double");
        String attacker = freshAddress();
        for (int i = 0; i < properties.loginThrottle().accountFreeFailures(); i++) {
            login(victim, "guess-" + i, attacker);
        }
        assertThat(login(victim, "guess", attacker).getHeader("Retry-After")).isEqualTo("1");

        waitsPass();
        assertThat(wrongPassword(login(victim, "guess-a", attacker))).isTrue();
        assertThat(login(victim, "guess", attacker).getHeader("Retry-After")).isEqualTo("2");

        waitsPass();
        assertThat(wrongPassword(login(victim, "guess-b", attacker))).isTrue();
        var response = login(victim, "guess", attacker);
        assertThat(response.getHeader("Retry-After")).isEqualTo("4");
        assertThat(response.getRedirectedUrl()).isEqualTo("/login?wait=4");
    }

    @Test
    void oneAddressTryingManyAccountsIsThrottled() throws Exception {
        String address = freshAddress();
        for (int i = 0; i < properties.loginThrottle().addressFreeFailures(); i++) {
            assertThat(wrongPassword(login("nobody." + System.nanoTime(), "guess", address)))
                    .isTrue();
        }
        String other = newAccount("sprayed");

        assertThat(throttled(login(other, PASSWORD, address))).isTrue();
        assertThat(signedIn(login(other, PASSWORD, freshAddress()))).isTrue();
    }

    @Test
    void aCallerAskingForJsonGets429WithRetryAfter() throws Exception {
        String victim = newAccount("json");
        String attacker = freshAddress();
        for (int i = 0; i < properties.loginThrottle().accountFreeFailures(); i++) {
            login(victim, "guess-" + i, attacker);
        }

        mvc.perform(post("/login")
                        .accept(MediaType.APPLICATION_JSON)
                        .param("username", victim)
                        .param("password", "guess")
                        .with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(attacker);
                            return r;
                        }))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "1"))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value("Đăng nhập sai quá nhiều lần. Hãy thử lại sau 1 giây."));
    }

    @Test
    void theLoginFormSaysHowLongToWait() throws Exception {
        mvc.perform(get("/login").param("wait", "8"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Hãy thử lại sau 8 giây.")));
        mvc.perform(get("/login").param("wait", "8").param("lang", "en"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Try again in 8 s.")));
    }

    @Test
    void theRightPasswordClearsThatAddressesFailuresForTheAccount() throws Exception {
        String owner = newAccount("clears");
        String home = freshAddress();
        login(owner, "typo", home);
        assertThat(signedIn(login(owner, PASSWORD, home))).isTrue();

        assertThat(jdbc.sql("SELECT count(*) FROM login_failure WHERE key = :k")
                        .param("k", "pair:" + owner + "|" + home)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
