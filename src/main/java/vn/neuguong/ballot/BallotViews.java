package vn.neuguong.ballot;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.neuguong.member.MemberPosition;

/** The round as it is read: in a list, in full for its staff, and as the voters see its questionnaire. */
final class BallotViews {

    private BallotViews() {}

    @Schema(name = "BallotRoundRow")
    record Row(
            long id,
            String title,
            String periodLabel,
            BallotRound.Kind kind,
            long organizationId,
            String organizationName,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            BallotRound.Status status,
            @Schema(nullable = true) Integer responses) {}

    @Schema(name = "BallotLeader")
    record Leader(
            long id,
            @Schema(nullable = true) Long memberId,
            @Schema(nullable = true) Long personId,
            String fullName,
            String post) {}

    @Schema(name = "BallotCriterion")
    record Criterion(long id, String text, boolean required) {}

    @Schema(name = "BallotQuestion")
    record Question(long id, String text) {}

    @Schema(name = "BallotElectorate")
    record Electorate(
            long id,
            BallotInput.ElectorateKind kind,
            @Schema(nullable = true) Long organizationId,
            @Schema(nullable = true) String organizationName,
            @Schema(nullable = true) MemberPosition.Title positionTitle,
            @Schema(nullable = true) Long memberId,
            @Schema(nullable = true) String memberName,
            @Schema(nullable = true) String guestLabel,
            @Schema(nullable = true) Integer guestCount) {}

    /** What every voter reads: the round's name, its time, the scale and the questions, never who votes. */
    @Schema(name = "BallotQuestionnaire")
    record Questionnaire(
            long roundId,
            String title,
            String periodLabel,
            BallotRound.Kind kind,
            BallotRound.Status status,
            OffsetDateTime opensAt,
            OffsetDateTime closesAt,
            List<String> scale,
            int textLimit,
            List<Leader> leaders,
            List<Criterion> criteria,
            List<Question> questions) {}

    @Schema(name = "BallotRoundDetail")
    record Detail(
            BallotRound round,
            String organizationName,
            String orderedByName,
            @Schema(nullable = true) String planDocumentNumber,
            boolean frozen,
            int ballotsCast,
            int slipsReceived,
            int electorateSize,
            Questionnaire questionnaire,
            List<Electorate> electorate) {}

    /** One member of the electorate and whether the counting officer ticked a slip handed to them. */
    @Schema(name = "BallotVoter")
    record Voter(
            long memberId,
            String fullName,
            @Schema(nullable = true) String cell,
            boolean slipReceived,

            @Schema(description = "Received a paper ballot or a remote credential instead: cannot receive a slip")
            boolean otherReceived) {}

    /** A member of the electorate and whether the counting officers ticked a paper ballot handed to them. */
    @Schema(name = "BallotPaperVoter")
    record PaperVoter(
            long memberId,
            String fullName,
            @Schema(nullable = true) String cell,
            boolean paperReceived,

            @Schema(description = "Received a slip or a remote credential instead: cannot receive a paper")
            boolean electronic) {}

    @Schema(name = "BallotClosing")
    record Closing(long roundId, int responses, LocalDate closedOn, boolean resultsShown) {}
}
