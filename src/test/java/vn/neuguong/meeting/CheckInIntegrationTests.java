package vn.neuguong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.TimeConfiguration;

/**
 * QR check-in as the member sees it on his phone: the screen's code, the confirmation page a scan opens (which
 * records nothing), a first confirmation and a second, one without the CSRF token, a stale code, a code of another
 * meeting, a confirmation outside the window, and the sign-in that comes back to the scanned address.
 */
@IntegrationTest
class CheckInIntegrationTests {

    static final String STAFF = WardMeetings.STAFF;
    static final String MEMBER = WardMeetings.MEMBER;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    QrCodes codes;

    @Test
    void theScreenShowsTheCodeAndTheMemberIsCheckedInOnce() throws Exception {
        var now = LocalDateTime.now(TimeConfiguration.ZONE).withSecond(0).withNano(0);
        long today = plan("Hội nghị quét mã hôm nay", now.plusMinutes(20), now.plusHours(3));
        long other = plan(
                "Hội nghị quét mã tuần sau", now.plusDays(7), now.plusDays(7).plusHours(2));

        var screen = page(mvc.perform(get("/meetings/{id}", today).with(demo.signedIn(STAFF)))
                .andReturn());
        assertThat(screen.select("[hx-get$=/meetings/" + today + "/qr]")).hasSize(1);
        var qr = page(mvc.perform(get("/meetings/{id}/qr", today).with(demo.signedIn(STAFF)))
                .andExpect(status().isOk())
                .andReturn());
        assertThat(qr.select("img[src^=data:image/png;base64,]")).hasSize(1);
        assertThat(qr.text()).contains("mã đổi sau");
        var closed = page(mvc.perform(get("/meetings/{id}/qr", other).with(demo.signedIn(STAFF)))
                .andReturn());
        assertThat(closed.select("img")).isEmpty();
        assertThat(closed.text()).contains("chỉ hiện trong giờ điểm danh");
        mvc.perform(get("/meetings/{id}/qr", today).with(demo.signedIn(MEMBER))).andExpect(status().isNotFound());

        var foreign = open(today, codes.current(other)).andExpect(status().isBadRequest());
        assertThat(outcome(foreign)).isEqualTo("FOREIGN");
        assertThat(text(foreign)).contains("không phải mã điểm danh của hội nghị này");
        assertThat(page(foreign.andReturn()).select("form#check-in")).isEmpty();
        var stale = open(today, codes.code(today, codes.step() - 2)).andExpect(status().isBadRequest());
        assertThat(outcome(stale)).isEqualTo("STALE");
        assertThat(text(stale)).contains("Mã đã hết hạn");
        assertThat(outcome(confirm(today, codes.code(today, codes.step() - 2)).andExpect(status().isBadRequest())))
                .isEqualTo("STALE");
        assertThat(outcome(confirm(today, codes.current(other)).andExpect(status().isBadRequest())))
                .isEqualTo("FOREIGN");
        assertThat(recorded(today)).isZero();

        var opened = page(
                open(today, codes.current(today)).andExpect(status().isOk()).andReturn());
        assertThat(opened.select("main").hasAttr("data-outcome")).isFalse();
        var form = opened.selectFirst("form#check-in[method=post]");
        assertThat(form).isNotNull();
        assertThat(form.attr("action")).isEqualTo("/meetings/" + today + "/check-in");
        assertThat(form.select("input[type=hidden][name=_csrf]")).hasSize(1);
        assertThat(form.select("button[type=submit]").text()).isEqualTo("Tôi có mặt");
        String code = form.select("input[type=hidden][name=code]").val();
        assertThat(code).isEqualTo(codes.current(today));
        assertThat(recorded(today))
                .as("opening the scanned address records nothing")
                .isZero();

        mvc.perform(post("/meetings/{id}/check-in", today).param("code", code).with(demo.signedIn(MEMBER)))
                .andExpect(status().isForbidden());
        assertThat(recorded(today))
                .as("a confirmation without the CSRF token records nothing")
                .isZero();

        var first = confirm(today, code).andExpect(status().isOk());
        assertThat(outcome(first)).isEqualTo("CHECKED_IN");
        assertThat(text(first)).contains("Đã điểm danh: có mặt.");
        var previousStep = confirm(today, codes.code(today, codes.step() - 1)).andExpect(status().isOk());
        assertThat(outcome(previousStep)).isEqualTo("ALREADY");
        assertThat(text(previousStep)).contains("Bạn đã điểm danh rồi");
        assertThat(recorded(today)).isOne();
    }

    @Test
    void aScanOutsideTheWindowIsAFieldErrorAndNothingIsSaved() throws Exception {
        var now = LocalDateTime.now(TimeConfiguration.ZONE).withSecond(0).withNano(0);
        long later = plan(
                "Hội nghị quét mã tháng sau", now.plusDays(30), now.plusDays(30).plusHours(2));
        var result = confirm(later, codes.current(later)).andExpect(status().isBadRequest());
        assertThat(outcome(result)).isEqualTo("REFUSED");
        assertThat(text(result)).contains("chỉ điểm danh được từ 1 giờ trước khi bắt đầu đến khi kết thúc");
        assertThat(recorded(later)).isZero();
    }

    @Test
    void aScanBeforeSignInComesBackToTheScannedAddressAfterIt() throws Exception {
        var now = LocalDateTime.now(TimeConfiguration.ZONE).withSecond(0).withNano(0);
        // a day no other test plans the ward's meetings on: CalendarFeedIntegrationTests keeps one on day 40 from
        // 8:00, which this one overlapped when the suite ran between 6:00 and 9:30
        long meeting = plan(
                "Hội nghị quét mã rồi đăng nhập",
                now.plusDays(47),
                now.plusDays(47).plusHours(2));
        String address = "/meetings/" + meeting + "/check-in?code=" + codes.current(meeting);
        var session = mvc.perform(get(address).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login"))
                .andReturn()
                .getResponse()
                .getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(post("/login")
                        .cookie(session)
                        .with(csrf())
                        .param("username", MEMBER)
                        .param("password", "NeuGuong@2024"))
                .andExpect(redirectedUrl(address + "&continue"));
    }

    /** The scanned address opened on the member's phone: the confirmation page, or the code's fault. */
    org.springframework.test.web.servlet.ResultActions open(long meeting, String code) throws Exception {
        return mvc.perform(
                get("/meetings/{id}/check-in", meeting).param("code", code).with(demo.signedIn(MEMBER)));
    }

    /** The member presses "Tôi có mặt": the confirmation page's form, with its CSRF token and code. */
    org.springframework.test.web.servlet.ResultActions confirm(long meeting, String code) throws Exception {
        return mvc.perform(post("/meetings/{id}/check-in", meeting)
                .param("code", code)
                .with(csrf())
                .with(demo.signedIn(MEMBER)));
    }

    static Document page(org.springframework.test.web.servlet.MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    static String outcome(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return page(result.andReturn()).select("main").attr("data-outcome");
    }

    static String text(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return page(result.andReturn()).select("#outcome").text();
    }

    long recorded(long meeting) {
        return jdbc.sql("SELECT count(*) FROM meeting_attendance a JOIN account u ON u.member_id = a.member_id"
                        + " WHERE a.meeting_id = :m AND u.username = :u")
                .param("m", meeting)
                .param("u", MEMBER)
                .query(Long.class)
                .single();
    }

    long plan(String title, LocalDateTime startsAt, LocalDateTime endsAt) throws Exception {
        return WardMeetings.plan(mvc, demo, jdbc, title, startsAt, endsAt);
    }
}
