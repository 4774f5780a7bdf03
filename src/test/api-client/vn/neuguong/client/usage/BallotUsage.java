package vn.neuguong.client.usage;

import java.time.OffsetDateTime;
import java.util.List;
import vn.neuguong.client.ApiClient;
import vn.neuguong.client.ApiException;
import vn.neuguong.client.api.BallotsApi;
import vn.neuguong.client.model.BallotAnswers;
import vn.neuguong.client.model.BallotCast;
import vn.neuguong.client.model.BallotCriterionInput;
import vn.neuguong.client.model.BallotElectorateInput;
import vn.neuguong.client.model.BallotLeaderInput;
import vn.neuguong.client.model.BallotQuestionnaire;
import vn.neuguong.client.model.BallotRating;
import vn.neuguong.client.model.BallotResults;
import vn.neuguong.client.model.BallotRoundDetail;
import vn.neuguong.client.model.BallotRoundInput;

/**
 * A ballot round as a client uses it: created with its questionnaire and electorate, a ballot cast with a slip's
 * code on the questionnaire read without signing in, and the results with each criterion's shares.
 */
final class BallotUsage {

    private BallotUsage() {}

    static String run(ApiClient client, long organizationId, long leaderMemberId, String slipCode) throws ApiException {
        var ballots = new BallotsApi(client);
        BallotRoundDetail created = ballots.createBallotRound(new BallotRoundInput()
                .title("Lấy ý kiến góp ý người đứng đầu")
                .periodLabel("đợt I năm 2022")
                .kind(BallotRoundInput.KindEnum.FEEDBACK)
                .organizationId(organizationId)
                .orderedById(organizationId)
                .scale(List.of("Tốt", "Khá", "Trung bình", "Kém"))
                .opensAt(OffsetDateTime.now())
                .closesAt(OffsetDateTime.now().plusHours(2))
                .leaders(List.of(new BallotLeaderInput().memberId(leaderMemberId).post("Bí thư Đảng ủy")))
                .criteria(List.of(new BallotCriterionInput().text("Tu dưỡng, rèn luyện đạo đức")))
                .electorate(List.of(new BallotElectorateInput()
                        .kind(BallotElectorateInput.KindEnum.ORGANIZATION)
                        .organizationId(organizationId))));
        long roundId = created.getRound().getId();
        BallotQuestionnaire questionnaire = ballots.getBallotQuestionnaire(roundId);
        ballots.castBallot(
                roundId,
                new BallotCast()
                        .credential(slipCode)
                        .answers(new BallotAnswers()
                                .ratings(List.of(new BallotRating()
                                        .leaderId(questionnaire.getLeaders().get(0).getId())
                                        .criterionId(questionnaire.getCriteria().get(0).getId())
                                        .rating(1)))));
        BallotResults results = ballots.getBallotResults(roundId);
        return results.getLeaders().get(0).getCriteria().get(0).getShares().get(0).getLabel()
                + results.getTurnout().getTotalReturned()
                + created.getFrozen();
    }
}
