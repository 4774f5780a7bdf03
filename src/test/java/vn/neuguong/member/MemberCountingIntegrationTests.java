package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.neuguong.IntegrationTest;
import vn.neuguong.member.MemberStanding.Kind;
import vn.neuguong.member.MemberStanding.Reason;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.Actor;

/**
 * The counting rule on a small cell: five on the roll, one exempt from activity, one in temporary activity at the
 * other cell, one exempt from work, one working away, and one member of the other cell hosted here. Expected here:
 * four (5 - 1 - 1 + 1).
 */
@IntegrationTest
class MemberCountingIntegrationTests {

    static final LocalDate DAY = LocalDate.of(2024, 6, 10);

    @Autowired
    Members members;

    @Autowired
    MemberStandings standings;

    @Autowired
    MemberCounting counting;

    @Autowired
    Organizations organizations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MessageSource messages;

    final String suffix = "C" + System.nanoTime() % 1_000_000;
    Actor admin;
    long here;
    long other;
    long[] ours = new long[5];
    long guest;

    @BeforeEach
    void setUp() {
        admin = new MemberTestSupport(accounts, jdbc).actor("admin");
        var top = organizations.create(
                new NewOrganization(
                        null,
                        OrganizationKind.COMMITTEE,
                        "Đảng ủy",
                        "Đảng ủy Đếm " + suffix,
                        "DD",
                        null,
                        LocalDate.of(2015, 1, 1)),
                Scope.everything());
        here = cell(top.id(), "Chi bộ Đây");
        other = cell(top.id(), "Chi bộ Kia");
        for (int i = 0; i < ours.length; i++) {
            ours[i] = member(here, i);
        }
        guest = member(other, 9);
        standings.add(ours[0], exemption(Kind.EXEMPT_ACTIVITY, Reason.AGE), admin);
        standings.add(ours[1], hosted(other), admin);
        standings.add(ours[2], exemption(Kind.EXEMPT_WORK, Reason.HEALTH), admin);
        standings.add(ours[3], period(Kind.WORKING_AWAY, null, null, null), admin);
        standings.add(guest, hosted(here), admin);
    }

    @Test
    void countsTheRollAndThoseExpected() {
        assertThat(counting.onRoll(here, DAY)).isEqualTo(5);
        assertThat(counting.expected(here, DAY)).isEqualTo(4);
        assertThat(counting.onRoll(other, DAY)).isEqualTo(1);
        assertThat(counting.expected(other, DAY)).isEqualTo(1);
    }

    @Test
    void namesWhoIsExpectedWhere() {
        assertThat(counting.isExpected(ours[0], here, DAY)).isFalse();
        assertThat(counting.isExpected(ours[1], here, DAY)).isFalse();
        assertThat(counting.isExpected(ours[1], other, DAY)).isTrue();
        assertThat(counting.isExpected(ours[2], here, DAY)).isTrue();
        assertThat(counting.isExpected(ours[3], here, DAY)).isTrue();
        assertThat(counting.isExpected(guest, here, DAY)).isTrue();
        assertThat(counting.isExpected(guest, other, DAY)).isFalse();
    }

    @Test
    void beforeThePeriodsAndAfterTheyEndEveryoneCountsAtHome() {
        assertThat(counting.expected(here, LocalDate.of(2024, 1, 1))).isEqualTo(5);
        var open = standings
                .of(ours[0], vn.neuguong.shared.PageRequest.first(10))
                .items()
                .get(0);
        standings.end(ours[0], open.id(), LocalDate.of(2024, 6, 30), admin);
        assertThat(counting.expected(here, LocalDate.of(2024, 6, 30))).isEqualTo(4);
        assertThat(counting.expected(here, LocalDate.of(2024, 7, 1))).isEqualTo(5);
    }

    @Test
    void theRuleIsWrittenInBothLanguages() {
        assertThat(messages.getMessage(MemberCounting.RULE_KEY, null, java.util.Locale.ENGLISH))
                .contains("exempt from party activity");
        assertThat(messages.getMessage(MemberCounting.RULE_KEY, null, java.util.Locale.forLanguageTag("vi")))
                .contains("miễn sinh hoạt");
    }

    private long cell(long parent, String name) {
        return organizations
                .create(
                        new NewOrganization(
                                parent,
                                OrganizationKind.CELL,
                                "Chi bộ",
                                name + " " + suffix,
                                "CB",
                                null,
                                LocalDate.of(2015, 1, 1)),
                        Scope.everything())
                .id();
    }

    private long member(long cell, int i) {
        return members.create(
                        new MemberInput(
                                "Người Đếm " + i,
                                LocalDate.of(1970, 1, 1),
                                null,
                                "CNT-" + suffix + "-" + i,
                                LocalDate.of(2016, 1, 1),
                                null,
                                cell,
                                null,
                                null,
                                null),
                        admin)
                .id();
    }

    private static MemberStandingInput exemption(Kind kind, Reason reason) {
        return new MemberStandingInput(
                kind, reason, null, "01-QĐ/CB", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1), null, null);
    }

    private static MemberStandingInput hosted(long host) {
        return period(Kind.TEMPORARY_ELSEWHERE, null, host, null);
    }

    private static MemberStandingInput period(Kind kind, Reason reason, Long host, LocalDate decisionOn) {
        return new MemberStandingInput(kind, reason, host, null, decisionOn, LocalDate.of(2024, 3, 1), null, null);
    }
}
