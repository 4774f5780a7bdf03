package vn.neuguong.commendation;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoFixtures;
import vn.neuguong.commendation.Nomination.NomineeKind;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.ActorPrincipal;

/**
 * What the commendation page tests share: the demo accounts of Quận ủy Đống Đa and its wards, a round of the district
 * for the 2023 theme with two nominations (a member of a Văn Miếu cell waiting for the ward, the ward's own cell
 * waiting for the district), pages read as Vietnamese HTML, and a transaction rolled back around each test.
 */
abstract class CommendationPageIntegrationTests {

    static final String DISTRICT = "dongda.tuyengiao";
    static final String WARD = "vanmieu.vanphong";
    static final String OTHER_WARD = "quoctugiam.vanphong";
    static final String THEME_2023 = "Chuyên đề năm 2023 về trách nhiệm nêu gương";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Rounds rounds;

    @Autowired
    NominationWork work;

    @Autowired
    Nominations nominations;

    @Autowired
    Clock clock;

    /** The district's round with a member of a Văn Miếu cell waiting for the ward, and the ward's own nomination. */
    record Fixture(Round round, Nomination member, Nomination collective) {}

    Fixture fixture() {
        var round = rounds.create(
                new Round.Input(
                        theme2023(),
                        demo.organization("Quận ủy Đống Đa"),
                        "Khen thưởng điển hình Chuyên đề 2023 " + System.nanoTime() % 100000,
                        LocalDate.now(clock).plusMonths(1)),
                actor(DISTRICT));
        long member = jdbc.sql("SELECT id FROM member WHERE cell_id = :c ORDER BY id LIMIT 1")
                .param("c", cell())
                .query(Long.class)
                .single();
        var ward = actor(WARD);
        var byCell = work.propose(
                draft(round, cell(), NomineeKind.MEMBER, null, member, "Gương mẫu trong sinh hoạt chi bộ"), ward);
        var byWard = work.propose(
                draft(
                        round,
                        demo.organization("Đảng ủy phường Văn Miếu"),
                        NomineeKind.COLLECTIVE,
                        cell(),
                        null,
                        "Chi bộ trong sạch vững mạnh tiêu biểu"),
                ward);
        return new Fixture(round, byCell, byWard);
    }

    static NominationInput.Draft draft(
            Round round, long by, NomineeKind kind, Long organization, Long member, String achievement) {
        return new NominationInput.Draft(
                round.id(),
                by,
                kind,
                organization,
                member,
                null,
                null,
                null,
                "CERTIFICATE_OF_MERIT",
                achievement,
                null,
                false,
                List.of());
    }

    long cell() {
        return jdbc.sql("SELECT id FROM organization WHERE name = 'Chi bộ Tổ dân phố số 1' AND closed_on IS NULL"
                        + " AND parent_id = :ward")
                .param("ward", demo.organization("Đảng ủy phường Văn Miếu"))
                .query(Long.class)
                .single();
    }

    long theme2023() {
        return jdbc.sql("SELECT id FROM campaign WHERE title = :t AND parent_id IS NULL")
                .param("t", THEME_2023)
                .query(Long.class)
                .single();
    }

    long count(Round round) {
        return jdbc.sql("SELECT count(*) FROM commendation_nomination WHERE round_id = :r")
                .param("r", round.id())
                .query(Long.class)
                .single();
    }

    Actor actor(String username) {
        return ((ActorPrincipal) demo.account(username)).actor();
    }

    void rolledBack(DemoFixtures.Body body) {
        demo.rolledBack(body);
    }

    ResultActions perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(demo.signedIn(username))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .cookie(new Cookie("NG_LANG", "vi"))
                .accept(MediaType.TEXT_HTML));
    }

    Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return Jsoup.parse(
                perform(request, username).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
