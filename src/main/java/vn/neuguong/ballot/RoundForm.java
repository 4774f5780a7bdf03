package vn.neuguong.ballot;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.neuguong.member.MemberPosition;
import vn.neuguong.web.TimeConfiguration;

/**
 * The staff's round form: the scale, criteria and questions one a line; rows of leaders and of the electorate, the
 * empty ones left out. Every criterion written here is required. Read into a {@link BallotInput.Round}.
 */
record RoundForm(
        String title,
        String periodLabel,
        BallotRound.Kind kind,
        Long organizationId,
        Long orderedById,
        Long planDocumentId,
        Long campaignId,
        Long previousRoundId,
        String scale,
        String criteria,
        String questions,
        List<LeaderRow> leaders,
        List<ElectorateRow> electorate,
        LocalDateTime opensAt,
        LocalDateTime closesAt,
        Integer minResponses,
        Integer convened,
        Integer present) {

    static final int EMPTY_ROWS = 2;

    record LeaderRow(Long memberId, Long personId, String post) {}

    record ElectorateRow(
            BallotInput.ElectorateKind kind,
            Long organizationId,
            MemberPosition.Title positionTitle,
            Long memberId,
            String guestLabel,
            Integer guestCount) {}

    /** A new round's form for the organization: the usual scale, the ward's members voting. */
    static RoundForm fresh(long organizationId) {
        var now = LocalDateTime.now(TimeConfiguration.ZONE).truncatedTo(ChronoUnit.HOURS);
        return new RoundForm(
                null,
                null,
                BallotRound.Kind.FEEDBACK,
                organizationId,
                organizationId,
                null,
                null,
                null,
                "Tốt\nKhá\nTrung bình\nKém",
                null,
                null,
                List.of(),
                List.of(new ElectorateRow(
                        BallotInput.ElectorateKind.ORGANIZATION, organizationId, null, null, null, null)),
                now.plusDays(1),
                now.plusDays(1).plusHours(3),
                BallotInput.DEFAULT_MIN_RESPONSES,
                null,
                null);
    }

    /** The form of a round as stored. */
    static RoundForm of(BallotViews.Detail detail, Long previousRoundId) {
        var round = detail.round();
        var q = detail.questionnaire();
        return new RoundForm(
                round.title(),
                round.periodLabel(),
                round.kind(),
                round.organizationId(),
                round.orderedById(),
                round.planDocumentId(),
                round.campaignId(),
                previousRoundId,
                String.join("\n", round.scale()),
                String.join(
                        "\n",
                        q.criteria().stream().map(BallotViews.Criterion::text).toList()),
                String.join(
                        "\n",
                        q.questions().stream().map(BallotViews.Question::text).toList()),
                q.leaders().stream()
                        .map(l -> new LeaderRow(l.memberId(), l.personId(), l.post()))
                        .toList(),
                detail.electorate().stream()
                        .map(e -> new ElectorateRow(
                                e.kind(),
                                e.organizationId(),
                                e.positionTitle(),
                                e.memberId(),
                                e.guestLabel(),
                                e.guestCount()))
                        .toList(),
                round.opensAt().atZoneSameInstant(TimeConfiguration.ZONE).toLocalDateTime(),
                round.closesAt().atZoneSameInstant(TimeConfiguration.ZONE).toLocalDateTime(),
                round.minResponses(),
                round.convened(),
                round.present());
    }

    /** The rows with room for more, as the page shows them. */
    List<LeaderRow> leaderRows() {
        var rows = new ArrayList<>(leaders == null ? List.<LeaderRow>of() : leaders);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new LeaderRow(null, null, null));
        }
        return rows;
    }

    List<ElectorateRow> electorateRows() {
        var rows = new ArrayList<>(electorate == null ? List.<ElectorateRow>of() : electorate);
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new ElectorateRow(null, null, null, null, null, null));
        }
        return rows;
    }

    BallotInput.Round input() {
        var leaderInputs = (leaders == null ? List.<LeaderRow>of() : leaders)
                .stream()
                        .filter(l -> l != null && (l.memberId() != null || l.personId() != null || filled(l.post())))
                        .map(l -> new BallotInput.Leader(l.memberId(), l.personId(), l.post()))
                        .toList();
        var parts = (electorate == null ? List.<ElectorateRow>of() : electorate)
                .stream()
                        .filter(e -> e != null && e.kind() != null)
                        .map(e -> new BallotInput.Electorate(
                                e.kind(),
                                e.organizationId(),
                                e.positionTitle(),
                                e.memberId(),
                                filled(e.guestLabel()) ? e.guestLabel() : null,
                                e.guestCount()))
                        .toList();
        return new BallotInput.Round(
                title,
                periodLabel,
                kind,
                organizationId,
                orderedById,
                planDocumentId,
                campaignId,
                scale == null ? null : lines(scale),
                null,
                opensAt == null ? null : opensAt.atZone(TimeConfiguration.ZONE).toOffsetDateTime(),
                closesAt == null
                        ? null
                        : closesAt.atZone(TimeConfiguration.ZONE).toOffsetDateTime(),
                minResponses,
                convened,
                present,
                leaderInputs,
                lines(criteria).stream()
                        .map(t -> new BallotInput.Criterion(t, true))
                        .toList(),
                lines(questions).stream().map(BallotInput.Question::new).toList(),
                parts);
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split("\\R"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
