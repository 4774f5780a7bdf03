package vn.neuguong.ballot;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.neuguong.member.MemberPosition;
import vn.neuguong.shared.InvalidInputException.FieldError;

/** What staff and voters send to the ballot module. */
final class BallotInput {

    static final int DEFAULT_TEXT_LIMIT = 2000;
    static final int DEFAULT_MIN_RESPONSES = 5;

    private BallotInput() {}

    /** A round with its questionnaire and electorate, as created or edited. */
    @Schema(name = "BallotRoundInput")
    record Round(
            @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong")
            String title,

            @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.tooLong")
            String periodLabel,

            @NotNull(message = "validation.required") BallotRound.Kind kind,
            @NotNull(message = "validation.required") Long organizationId,
            @NotNull(message = "validation.required") Long orderedById,
            @Schema(nullable = true) Long planDocumentId,

            @Schema(nullable = true, description = "The campaign whose BALLOT_ROUND line the round answers")
            Long campaignId,

            @NotNull(message = "validation.required") @Size(min = 2, max = 10, message = "ballot.scale.size")
            List<@NotBlank(message = "validation.required") @Size(max = 50, message = "validation.tooLong") String>
                    scale,

            @Schema(nullable = true, description = "Longest free-text answer, characters; 2000 when missing")
            @Min(value = 1, message = "ballot.textLimit.range")
            @Max(value = 20000, message = "ballot.textLimit.range")
            Integer textLimit,

            @NotNull(message = "validation.required") OffsetDateTime opensAt,
            @NotNull(message = "validation.required") OffsetDateTime closesAt,

            @Schema(nullable = true, description = "Fewest responses before results show; 5 when missing")
            @Min(value = 1, message = "ballot.minResponses.range")
            Integer minResponses,

            @Schema(nullable = true) @Min(value = 0, message = "ballot.count.negative")
            Integer convened,

            @Schema(nullable = true) @Min(value = 0, message = "ballot.count.negative")
            Integer present,

            @NotEmpty(message = "validation.required") @Valid
            List<Leader> leaders,

            @NotEmpty(message = "validation.required") @Valid
            List<Criterion> criteria,

            @Schema(nullable = true) @Valid List<Question> questions,

            @NotEmpty(message = "validation.required") @Valid
            List<Electorate> electorate) {

        int textLimitOrDefault() {
            return textLimit == null ? DEFAULT_TEXT_LIMIT : textLimit;
        }

        int minResponsesOrDefault() {
            return minResponses == null ? DEFAULT_MIN_RESPONSES : minResponses;
        }

        List<Question> questionsOrEmpty() {
            return questions == null ? List.of() : questions;
        }

        /** The rules Bean Validation cannot say of one field. */
        List<FieldError> problems() {
            var errors = new ArrayList<FieldError>();
            if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
                errors.add(new FieldError("closesAt", "ballot.closesAt.beforeOpening"));
            }
            if (convened != null && present != null && present > convened) {
                errors.add(new FieldError("present", "ballot.present.aboveConvened"));
            }
            for (int i = 0; leaders != null && i < leaders.size(); i++) {
                var leader = leaders.get(i);
                if (leader != null && (leader.memberId() == null) == (leader.personId() == null)) {
                    errors.add(new FieldError("leaders[" + i + "].memberId", "ballot.leader.memberOrPerson"));
                }
            }
            for (int i = 0; electorate != null && i < electorate.size(); i++) {
                if (electorate.get(i) != null) {
                    errors.addAll(electorate.get(i).problems("electorate[" + i + "]."));
                }
            }
            return errors;
        }
    }

    /** A leader assessed: a party member or a person outside the party, with the post the round names. */
    @Schema(name = "BallotLeaderInput")
    record Leader(
            @Schema(nullable = true) Long memberId,
            @Schema(nullable = true) Long personId,

            @NotBlank(message = "validation.required") @Size(max = 200, message = "validation.tooLong")
            String post) {}

    @Schema(name = "BallotCriterionInput")
    record Criterion(
            @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong")
            String text,

            @Schema(nullable = true, description = "True when missing")
            Boolean required) {

        boolean requiredOrDefault() {
            return required == null || required;
        }
    }

    @Schema(name = "BallotQuestionInput")
    record Question(
            @NotBlank(message = "validation.required") @Size(max = 500, message = "validation.tooLong")
            String text) {}

    /** One part of the electorate: the members of an organization, the holders of a post, a member, or guests. */
    @Schema(name = "BallotElectorateInput")
    record Electorate(
            @NotNull(message = "validation.required") ElectorateKind kind,
            @Schema(nullable = true) Long organizationId,
            @Schema(nullable = true) MemberPosition.Title positionTitle,
            @Schema(nullable = true) Long memberId,

            @Schema(nullable = true) @Size(max = 300, message = "validation.tooLong")
            String guestLabel,

            @Schema(nullable = true) @Min(value = 1, message = "ballot.guestCount.range")
            Integer guestCount) {

        List<FieldError> problems(String prefix) {
            var errors = new ArrayList<FieldError>();
            if (kind == null) {
                return errors;
            }
            boolean organization = kind == ElectorateKind.ORGANIZATION || kind == ElectorateKind.POSITION;
            if (organization && organizationId == null) {
                errors.add(new FieldError(prefix + "organizationId", "validation.required"));
            }
            if (kind == ElectorateKind.POSITION && positionTitle == null) {
                errors.add(new FieldError(prefix + "positionTitle", "validation.required"));
            }
            if (kind == ElectorateKind.MEMBER && memberId == null) {
                errors.add(new FieldError(prefix + "memberId", "validation.required"));
            }
            if (kind == ElectorateKind.GUEST) {
                if (guestLabel == null || guestLabel.isBlank()) {
                    errors.add(new FieldError(prefix + "guestLabel", "validation.required"));
                }
                if (guestCount == null) {
                    errors.add(new FieldError(prefix + "guestCount", "validation.required"));
                }
            }
            return errors;
        }
    }

    enum ElectorateKind {
        ORGANIZATION,
        POSITION,
        MEMBER,
        GUEST
    }

    /** A ballot: the credential (a slip's code, or later an unblinded signature) and the answers. */
    @Schema(name = "BallotCast")
    record Cast(
            @NotBlank(message = "validation.required") @Size(max = 4096, message = "validation.tooLong")
            String credential,

            @NotNull(message = "validation.required") @Valid Answers answers) {}

    @Schema(name = "BallotAnswers")
    record Answers(
            @Schema(nullable = true) @Valid List<Rating> ratings,
            @Schema(nullable = true) @Valid List<Text> texts) {

        List<Rating> ratingsOrEmpty() {
            return ratings == null ? List.of() : ratings;
        }

        List<Text> textsOrEmpty() {
            return texts == null ? List.of() : texts;
        }
    }

    /** A criterion rated for a leader: {@code rating} is the position on the round's scale, 1 for the first. */
    @Schema(name = "BallotRating")
    record Rating(
            @NotNull(message = "validation.required") Long leaderId,
            @NotNull(message = "validation.required") Long criterionId,
            @NotNull(message = "validation.required") Integer rating) {}

    @Schema(name = "BallotText")
    record Text(
            @NotNull(message = "validation.required") Long leaderId,
            @NotNull(message = "validation.required") Long questionId,
            @Schema(nullable = true) String text) {}

    /** The counting officer's ticks: these members received a slip (or, unticked, did not). */
    @Schema(name = "BallotReceipts")
    record Receipts(
            @NotNull(message = "validation.required") @Size(max = 5000, message = "validation.tooLong")
            List<@NotNull(message = "validation.required") Long> memberIds,

            @NotNull(message = "validation.required") Boolean received) {}

    @Schema(name = "BallotSlipsInput")
    record Slips(
            @NotNull(message = "validation.required")
            @Min(value = 1, message = "ballot.slips.range")
            @Max(value = 2000, message = "ballot.slips.range")
            Integer count) {}
}
