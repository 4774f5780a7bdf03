package vn.neuguong.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.DemoFixtures;
import vn.neuguong.IntegrationTest;
import vn.neuguong.web.TimeConfiguration;

/**
 * A campaign line of kind BALLOT_ROUND makes each ward owe one round; a round of the campaign closed with its
 * minimum of responses fulfils the ward's obligation, one closed below it does not.
 */
@IntegrationTest
class BallotCampaignIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoundDrafts drafts;

    @Autowired
    Slips slips;

    @Autowired
    BallotRounds rounds;

    @Autowired
    Closing closing;

    @Autowired
    Clock clock;

    @Autowired
    DemoFixtures demo;

    BallotFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new BallotFixtures(jdbc, drafts, slips, rounds, clock);
    }

    @Test
    void eachWardOwesOneRoundAndOnlyARoundWithResultsFulfilsIt() throws Exception {
        long dongDa = demo.organization("Quận ủy Đống Đa");
        long ward = fixtures.vanMieu();
        long campaign = launchedBallotCampaign(dongDa);

        var owed = jdbc.sql("SELECT organization_id, count(*) AS n FROM obligation WHERE campaign_id = :c"
                        + " AND kind = 'BALLOT_ROUND' GROUP BY organization_id")
                .param("c", campaign)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        assertThat(owed)
                .hasSizeGreaterThan(1)
                .allSatisfy(row -> assertThat(row[1]).isEqualTo(1));
        assertThat(owed).anySatisfy(row -> assertThat(row[0]).isEqualTo(ward));
        assertThat(fulfilledOn(campaign, ward)).isNull();

        var few = roundOf(campaign, 5);
        castAndClose(few);
        assertThat(fulfilledOn(campaign, ward)).as("closed below its minimum").isNull();

        var enough = roundOf(campaign, 1);
        castAndClose(enough);
        var today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        assertThat(fulfilledOn(campaign, ward)).isEqualTo(today);
        assertThat(jdbc.sql("SELECT count(*) FROM obligation WHERE campaign_id = :c AND fulfilled_on IS NOT NULL")
                        .param("c", campaign)
                        .query(Integer.class)
                        .single())
                .as("only the ward whose round closed")
                .isEqualTo(1);
    }

    private long launchedBallotCampaign(long dongDa) throws Exception {
        long document = jdbc.sql("SELECT id FROM document WHERE issuer_id = :d ORDER BY id LIMIT 1")
                .param("d", dongDa)
                .query(Long.class)
                .single();
        var today = LocalDate.now(clock.withZone(TimeConfiguration.ZONE));
        String body = """
                {"title": "Lấy ý kiến góp ý người đứng đầu các phường (kiểm thử)", "directingDocumentId": %d,
                 "ownerId": %d, "targetIds": [%d], "startsOn": "%s", "endsOn": "%s",
                 "requirements": [{"kind": "BALLOT_ROUND", "appliesTo": "GRASSROOTS_COMMITTEE", "dueOn": "%s"}]}
                """.formatted(document, dongDa, dongDa, today, today.plusDays(90), today.plusDays(60));
        String created = mvc.perform(post("/api/v1/campaigns")
                        .with(demo.signedIn("admin"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.campaign.id")).longValue();
        int version = JsonPath.read(created, "$.campaign.version");
        mvc.perform(post("/api/v1/campaigns/" + id + "/launch")
                        .with(demo.signedIn("admin"))
                        .with(csrf())
                        .header("If-Match", "\"" + version + "\""))
                .andExpect(status().isOk());
        return id;
    }

    private BallotRound roundOf(long campaign, int minimum) {
        var i = fixtures.input(BallotRound.Kind.FEEDBACK, minimum, null, null);
        var input = new BallotInput.Round(
                i.title(),
                i.periodLabel(),
                i.kind(),
                i.organizationId(),
                i.orderedById(),
                i.planDocumentId(),
                campaign,
                i.scale(),
                i.textLimit(),
                i.opensAt(),
                i.closesAt(),
                i.minResponses(),
                i.convened(),
                i.present(),
                i.leaders(),
                i.criteria(),
                i.questions(),
                i.electorate());
        var round = drafts.create(input, BallotFixtures.ADMIN);
        return drafts.open(round.id(), round.version(), BallotFixtures.ADMIN);
    }

    private void castAndClose(BallotRound round) throws Exception {
        String code = fixtures.credentials(round, 1).get(0);
        mvc.perform(post("/api/v1/ballot-rounds/" + round.id() + "/ballots")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(fixtures.body(round.id(), code, 1, "Gương mẫu")))
                .andExpect(status().isNoContent());
        var now = rounds.get(round.id(), BallotAccess.everything());
        closing.close(round.id(), now.version(), BallotFixtures.ADMIN, LocalDate.now(clock));
    }

    private LocalDate fulfilledOn(long campaign, long organization) {
        return jdbc.sql("SELECT fulfilled_on FROM obligation WHERE campaign_id = :c AND organization_id = :o"
                        + " AND kind = 'BALLOT_ROUND'")
                .param("c", campaign)
                .param("o", organization)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single()
                .orElse(null);
    }
}
