package vn.neuguong.ballot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The questionnaire's answers as the voter's page and the counting officers' paper-entry page both post them:
 * {@code r-<leader>-<criterion>} the rating's position on the scale, {@code t-<leader>-<question>} a free text. Only
 * the questionnaire's own fields are read; a rating that is not a position is told apart as malformed.
 */
final class AnswerForm {

    static final String RATING = "r-";
    static final String TEXT = "t-";

    /** The answers read, and the names of the ratings that were not a position on the scale. */
    record Read(BallotInput.Answers answers, List<String> malformed) {}

    private AnswerForm() {}

    static Read read(BallotViews.Questionnaire questionnaire, Map<String, String> form) {
        var ratings = new ArrayList<BallotInput.Rating>();
        var texts = new ArrayList<BallotInput.Text>();
        var malformed = new ArrayList<String>();
        for (var leader : questionnaire.leaders()) {
            for (var criterion : questionnaire.criteria()) {
                String name = RATING + leader.id() + "-" + criterion.id();
                String value = form.get(name);
                if (value == null || value.isBlank()) {
                    continue;
                }
                if (value.strip().matches("\\d{1,2}")) {
                    ratings.add(new BallotInput.Rating(leader.id(), criterion.id(), Integer.valueOf(value.strip())));
                } else {
                    malformed.add(name);
                }
            }
            for (var question : questionnaire.questions()) {
                String value = form.get(TEXT + leader.id() + "-" + question.id());
                if (value != null && !value.isBlank()) {
                    texts.add(new BallotInput.Text(leader.id(), question.id(), value));
                }
            }
        }
        return new Read(new BallotInput.Answers(List.copyOf(ratings), List.copyOf(texts)), List.copyOf(malformed));
    }
}
