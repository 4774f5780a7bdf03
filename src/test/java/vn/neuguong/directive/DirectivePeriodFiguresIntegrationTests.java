package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts;
import vn.neuguong.web.TimeConfiguration;

/**
 * The documents a ward and its district count for a period: issued by the subtree on days of the period, delivered
 * to it, opened and studied by its members, each figure the difference the test's own documents and readings make.
 */
@IntegrationTest
class DirectivePeriodFiguresIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2016, 3, 1);
    static final LocalDate TO = LocalDate.of(2016, 3, 31);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    @Autowired
    MessageSource messages;

    @Autowired
    DirectivePeriodFigures figures;

    DocumentTestSupport support;
    long vanMieu;
    long vanChuong;
    long dongDa;
    long cell;

    @BeforeEach
    void setUp() {
        support = new DocumentTestSupport(jdbc, users);
        vanMieu = support.organization("Đảng ủy phường Văn Miếu");
        vanChuong = support.organization("Đảng ủy phường Văn Chương");
        dongDa = support.organization("Quận ủy Đống Đa");
        cell = jdbc.sql("SELECT id FROM organization WHERE parent_id = :w AND kind = 'CELL' ORDER BY name LIMIT 1")
                .param("w", vanMieu)
                .query(Long.class)
                .single();
    }

    @Test
    void countsTheDocumentsIssuedInThePeriodAndTheDeliveriesToTheSubtree() throws Exception {
        LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
        var ward = figures.count(vanMieu, FROM, TO);
        var district = figures.count(dongDa, FROM, TO);
        var wardToday = figures.count(vanMieu, today, today);
        var districtToday = figures.count(dongDa, today, today);

        issue(vanMieu, "2016-03-10", cell);
        issue(dongDa, "2016-03-20", vanMieu);
        issue(vanChuong, "2016-03-15", vanChuong);
        issue(vanMieu, "2016-04-01", null);

        assertThat(difference(ward, figures.count(vanMieu, FROM, TO))).containsExactly(1L, 0L, 0L, 0L);
        assertThat(difference(district, figures.count(dongDa, FROM, TO))).containsExactly(3L, 0L, 0L, 0L);
        assertThat(difference(wardToday, figures.count(vanMieu, today, today))).containsExactly(0L, 2L, 0L, 0L);
        assertThat(difference(districtToday, figures.count(dongDa, today, today)))
                .containsExactly(0L, 3L, 0L, 0L);
    }

    @Test
    void countsTheReadingsOfTheSubtreesMembersOnTheirDays() throws Exception {
        LocalDate today = LocalDate.now(TimeConfiguration.ZONE);
        long plan347 = support.document("347-KH/QU");
        var ward = figures.count(vanMieu, today, today);
        var district = figures.count(dongDa, today, today);
        var before = figures.count(dongDa, today.minusDays(30), today.minusDays(1));

        var reader = support.memberAccount(accounts, "Đảng ủy phường Văn Miếu");
        mvc.perform(get("/api/v1/documents/{id}", plan347).with(user(reader))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/documents/{id}/studied", plan347)
                        .with(user(reader))
                        .with(csrf()))
                .andExpect(status().isOk());
        var neighbour = support.memberAccount(accounts, "Đảng ủy phường Văn Chương");
        mvc.perform(get("/api/v1/documents/{id}", plan347).with(user(neighbour)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/documents/{id}", plan347).with(user(neighbour)))
                .andExpect(status().isOk());

        assertThat(difference(ward, figures.count(vanMieu, today, today))).containsExactly(0L, 0L, 1L, 1L);
        assertThat(difference(district, figures.count(dongDa, today, today))).containsExactly(0L, 0L, 2L, 1L);
        assertThat(figures.count(dongDa, today.minusDays(30), today.minusDays(1)))
                .isEqualTo(before);
    }

    @Test
    void answersEveryKeyInOrderWithALabelInBothLanguages() {
        var counted = figures.count(vanMieu, LocalDate.of(1900, 1, 1), LocalDate.of(1900, 12, 31));
        assertThat(counted.keySet()).containsExactlyElementsOf(figures.keys());
        assertThat(counted.values()).containsOnly(0L);
        for (String key : figures.keys()) {
            assertThat(key).startsWith("directive.");
            assertThat(messages.getMessage("figure." + key, null, Locale.ENGLISH))
                    .doesNotContain("figure.");
            assertThat(messages.getMessage("figure." + key, null, Locale.forLanguageTag("vi")))
                    .isNotEqualTo(messages.getMessage("figure." + key, null, Locale.ENGLISH));
        }
    }

    private void issue(long issuer, String issuedOn, Long recipient) throws Exception {
        mvc.perform(post("/api/v1/documents")
                        .with(user(support.principal("dongda.tuyengiao")))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"typeCode":"TB","issuerId":%d,"issuedOn":"%s","summary":"Thông báo đếm kỳ báo cáo",
                                 "recipientIds":[%s]}
                                """.formatted(issuer, issuedOn, recipient == null ? "" : recipient)))
                .andExpect(status().isCreated());
    }

    private static long[] difference(Map<String, Long> before, Map<String, Long> after) {
        return before.keySet().stream()
                .mapToLong(key -> after.get(key) - before.get(key))
                .toArray();
    }
}
