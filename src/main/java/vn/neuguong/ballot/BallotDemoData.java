package vn.neuguong.ballot;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.campaign.Campaigns;
import vn.neuguong.directive.DocumentSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.organization.UnitPeople;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.PageRequest;
import vn.neuguong.shared.Role;
import vn.neuguong.web.TimeConfiguration;

/**
 * Article 001's round: the feedback conference of 10/05/2022 in phường Bồ Đề (the meeting demo's) on the Bí thư
 * Đảng ủy and the Chủ tịch UBND, ordered by Quận ủy Long Biên under 104-KH/QU and answering the ward's line of the
 * district's 2022 campaign. 202 paper ballots issued and returned (the article's figures), every one entered with
 * answers made up deterministically (the demo's), the ward's members ticked as having received one, the round closed
 * on the day, and the district's conclusions and measures ({@link BallotFollowUpDemo}). A database that has the
 * round is left alone.
 */
@Component
@Profile("seed")
@Order(120)
class BallotDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(BallotDemoData.class);

    static final String TITLE = "Lấy ý kiến góp ý việc tu dưỡng, rèn luyện đạo đức gắn với trách nhiệm nêu gương của"
            + " người đứng đầu phường Bồ Đề";
    static final String PERIOD = "đợt I năm 2022";
    static final int PAPERS = 202;
    static final LocalDate DAY = LocalDate.of(2022, 5, 10);
    static final Actor SYSTEM = new Actor(0, "system", "system", Set.of(Role.ADMIN), List.of(), List.of(), null);
    static final List<String> TEXTS = List.of(
            "Gương mẫu, gần gũi, lắng nghe ý kiến của cán bộ, đảng viên và Nhân dân.",
            "Cần dành thêm thời gian đi cơ sở, nắm tình hình các tổ dân phố.",
            "Đề nghị công khai kết quả thực hiện kế hoạch tu dưỡng, rèn luyện vào cuối năm.",
            "Quyết liệt trong chỉ đạo giải quyết đơn thư, kiến nghị của Nhân dân.",
            "Cần tăng cường kiểm tra việc thực hiện quy chế dân chủ ở cơ sở.");

    private final JdbcClient jdbc;
    private final RoundDrafts drafts;
    private final PaperBallots paper;
    private final Receipts receipts;
    private final Closing closing;
    private final BallotRounds rounds;
    private final Campaigns campaigns;
    private final UnitPeople people;
    private final BallotFollowUpDemo followUp;

    BallotDemoData(
            JdbcClient jdbc,
            RoundDrafts drafts,
            PaperBallots paper,
            Receipts receipts,
            Closing closing,
            BallotRounds rounds,
            Campaigns campaigns,
            UnitPeople people,
            BallotFollowUpDemo followUp) {
        this.jdbc = jdbc;
        this.drafts = drafts;
        this.paper = paper;
        this.receipts = receipts;
        this.closing = closing;
        this.rounds = rounds;
        this.campaigns = campaigns;
        this.people = people;
        this.followUp = followUp;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) > 0 FROM ballot_round WHERE title = :t AND period_label = :p")
                .param("t", TITLE)
                .param("p", PERIOD)
                .query(Boolean.class)
                .single()) {
            return;
        }
        Long district = jdbc.sql("SELECT " + TreeSql.openNamed("'Quận ủy Long Biên'", "CAST(NULL AS bigint)"))
                .query(Long.class)
                .optional()
                .orElse(null);
        Long ward = named("Đảng ủy phường Bồ Đề", null);
        if (district == null || ward == null) {
            log.info("Ballot demo data: Quận ủy Long Biên or phường Bồ Đề is missing, no round is loaded");
            return;
        }
        var leaders = new ArrayList<BallotInput.Leader>();
        jdbc.sql("SELECT " + MemberSql.headHolder(":ward", "'SECRETARY'", ":day"))
                .param("ward", ward)
                .param("day", DAY)
                .query(Long.class)
                .optional()
                .ifPresent(secretary -> leaders.add(new BallotInput.Leader(secretary, null, "Bí thư Đảng ủy phường")));
        Long committee = named("Ủy ban nhân dân phường Bồ Đề", null);
        if (committee != null) {
            people.holders(committee, DAY).stream()
                    .filter(h -> h.title().equals("CHAIR"))
                    .findFirst()
                    .ifPresent(chair ->
                            leaders.add(new BallotInput.Leader(null, chair.personId(), "Chủ tịch UBND phường")));
        }
        if (leaders.isEmpty()) {
            log.info("Ballot demo data: phường Bồ Đề has no Bí thư or Chủ tịch UBND in 2022, no round is loaded");
            return;
        }
        load(district, ward, leaders);
    }

    private void load(long district, long ward, List<BallotInput.Leader> leaders) {
        Long plan = jdbc.sql("SELECT " + DocumentSql.idNumbered("'104-KH/QU'"))
                .query(Long.class)
                .optional()
                .orElse(null);
        Long campaign = campaigns.list(Scope.everything(), PageRequest.of(1, 100, 100, 100)).items().stream()
                .filter(c -> c.ownerId() == district
                        && c.startsOn().getYear() == DAY.getYear()
                        && "104-KH/QU".equals(c.directingNumber()))
                .map(c -> c.id())
                .findFirst()
                .orElse(null);
        int members = jdbc.sql("SELECT count(*) FROM (" + MemberSql.activeIdsWithin(":ward") + ") m")
                .param("ward", ward)
                .query(Integer.class)
                .single();
        var opens = OffsetDateTime.of(LocalDateTime.of(DAY, LocalTime.of(8, 0)), offset());
        var input = new BallotInput.Round(
                TITLE,
                PERIOD,
                BallotRound.Kind.FEEDBACK,
                ward,
                district,
                plan,
                campaign,
                List.of("Tốt", "Khá", "Trung bình", "Kém"),
                1000,
                opens,
                opens.plusHours(3).plusMinutes(30),
                5,
                null,
                null,
                leaders,
                List.of(
                        new BallotInput.Criterion("Tư tưởng chính trị, phẩm chất đạo đức, lối sống", true),
                        new BallotInput.Criterion(
                                "Tinh thần trách nhiệm, tính tiền phong gương mẫu, nói đi đôi với làm", true),
                        new BallotInput.Criterion(
                                "Vai trò người đứng đầu trong lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị ở địa"
                                        + " phương",
                                true)),
                List.of(
                        new BallotInput.Question("Ưu điểm"),
                        new BallotInput.Question("Hạn chế, khuyết điểm"),
                        new BallotInput.Question("Đề nghị, góp ý")),
                List.of(
                        new BallotInput.Electorate(
                                BallotInput.ElectorateKind.ORGANIZATION, ward, null, null, null, null),
                        new BallotInput.Electorate(
                                BallotInput.ElectorateKind.GUEST,
                                null,
                                null,
                                null,
                                "Cán bộ, công chức cơ quan phường; tổ trưởng, trưởng ban công tác mặt trận tổ dân"
                                        + " phố",
                                Math.max(1, PAPERS - members))));
        var round = drafts.open(drafts.create(input, SYSTEM).id(), 0, SYSTEM);
        receipts.tickEveryoneElse(round.id(), Receipts.Handed.PAPER, SYSTEM);
        round = rounds.find(round.id()).orElseThrow();
        paper.record(round.id(), round.version(), new PaperBallots.CountsInput(PAPERS, PAPERS, 0), SYSTEM);
        var questionnaire = rounds.questionnaire(round);
        for (int i = 0; i < PAPERS; i++) {
            paper.enter(round.id(), answers(questionnaire, i), SYSTEM);
        }
        round = rounds.find(round.id()).orElseThrow();
        closing.close(round.id(), round.version(), SYSTEM, DAY);
        followUp.record(round.id(), district, ward, leaders.get(0).memberId());
        log.info("Ballot demo data: {} {} closed with {} paper ballots", TITLE, PERIOD, PAPERS);
    }

    /**
     * The answers of paper {@code i}: most rate Tốt, some Khá, a few Trung bình, none Kém (the demo's spread); one
     * paper in eleven writes a comment.
     */
    static BallotInput.Answers answers(BallotViews.Questionnaire questionnaire, int i) {
        var ratings = new ArrayList<BallotInput.Rating>();
        var texts = new ArrayList<BallotInput.Text>();
        for (int l = 0; l < questionnaire.leaders().size(); l++) {
            var leader = questionnaire.leaders().get(l);
            for (int c = 0; c < questionnaire.criteria().size(); c++) {
                int spread = (i * 7 + l * 3 + c * 5) % 20;
                int rating = spread < 15 - 2 * l ? 1 : spread < 19 ? 2 : 3;
                ratings.add(new BallotInput.Rating(
                        leader.id(), questionnaire.criteria().get(c).id(), rating));
            }
            if ((i + l) % 11 == 0) {
                var question = questionnaire
                        .questions()
                        .get((i / 11) % questionnaire.questions().size());
                texts.add(new BallotInput.Text(leader.id(), question.id(), TEXTS.get((i / 11 + l) % TEXTS.size())));
            }
        }
        return new BallotInput.Answers(ratings, texts);
    }

    /** The organization named {@code name} (under {@code parent} when given) that existed in 2022, closed or not. */
    private Long named(String name, Long parent) {
        return jdbc.sql("SELECT o.id FROM " + TreeSql.organizations() + " o WHERE o.name = :name AND (CAST(:parent AS"
                        + " bigint) IS NULL OR o.parent_id = :parent) ORDER BY o.id LIMIT 1")
                .param("name", name)
                .param("parent", parent, Types.BIGINT)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    private static ZoneOffset offset() {
        return TimeConfiguration.ZONE.getRules().getOffset(LocalDateTime.of(DAY, LocalTime.NOON));
    }
}
