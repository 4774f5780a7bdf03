package vn.neuguong.report;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The body of the document a review is issued as, in the registry's HTML: the period's figures as a table, the
 * exemplary collectives and individuals, and the conclusions; in Vietnamese whoever issues it, every text escaped.
 */
@Component
class ReviewBody {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    ReviewBody(MessageSource messages) {
        this.messages = messages;
    }

    String html(Review review) {
        var html = new StringBuilder();
        html.append("<h3>I. Kết quả thực hiện</h3><table><thead><tr><th>Chỉ tiêu</th><th>Số liệu</th></tr></thead>")
                .append("<tbody>");
        for (var figure : review.figures()) {
            html.append("<tr><td>")
                    .append(escape(messages.getMessage("figure." + figure.key(), null, figure.key(), VI)))
                    .append("</td><td>")
                    .append(figure.value())
                    .append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (!review.exemplars().isEmpty()) {
            html.append("<h3>II. Tập thể, cá nhân tiêu biểu</h3><ul>");
            for (var exemplar : review.exemplars()) {
                html.append("<li>")
                        .append(exemplar.kind() == Review.Exemplars.COLLECTIVE ? "Tập thể: " : "Cá nhân: ")
                        .append(escape(exemplar.name()));
                if (exemplar.achievement() != null) {
                    html.append(" — ").append(escape(exemplar.achievement()));
                }
                html.append("</li>");
            }
            html.append("</ul>");
        }
        if (review.conclusions() != null) {
            html.append("<h3>")
                    .append(review.exemplars().isEmpty() ? "II" : "III")
                    .append(". Kết luận</h3>");
            for (var paragraph : review.conclusions().split("\\R+")) {
                if (!paragraph.isBlank()) {
                    html.append("<p>").append(escape(paragraph.strip())).append("</p>");
                }
            }
        }
        return html.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
