package vn.neuguong.client.usage;

import java.time.OffsetDateTime;
import java.util.List;
import vn.neuguong.client.ApiClient;
import vn.neuguong.client.ApiException;
import vn.neuguong.client.api.ArticlesApi;
import vn.neuguong.client.model.Article;
import vn.neuguong.client.model.ArticleInput;
import vn.neuguong.client.model.ArticlePublish;
import vn.neuguong.client.model.ArticleSourceKind;
import vn.neuguong.client.model.ArticleStatus;
import vn.neuguong.client.model.PageArticle;

/**
 * An article as a client writes it: a draft started from a meeting, changed, sent for review, scheduled, listed in
 * review, and taken back.
 */
final class ArticleUsage {

    private ArticleUsage() {}

    static String run(ApiClient client, long organizationId, long categoryId, long meetingId) throws ApiException {
        var articles = new ArticlesApi(client);
        Article draft = articles.createArticle(new ArticleInput()
                .organizationId(organizationId)
                .categoryId(categoryId)
                .title("Hội nghị học tập Chuyên đề năm 2024")
                .summary("Đảng ủy phường học tập, quán triệt Chuyên đề năm 2024.")
                .bodyHtml("<p>Sáng nay, Đảng ủy phường tổ chức hội nghị.</p>")
                .byline("VĂN PHÒNG ĐẢNG ỦY")
                .tags(List.of("Chuyên đề năm 2024"))
                .sourceKind(ArticleSourceKind.MEETING)
                .sourceId(meetingId));
        Article changed = articles.updateArticle(
                draft.getId(),
                "\"" + draft.getVersion() + "\"",
                new ArticleInput()
                        .categoryId(categoryId)
                        .title(draft.getTitle())
                        .bodyHtml(draft.getBodyHtml() + "<p>Tham dự có 120 đại biểu.</p>"));
        Article review = articles.submitArticle(changed.getId(), "\"" + changed.getVersion() + "\"");
        Article scheduled = articles.publishArticle(
                review.getId(),
                "\"" + review.getVersion() + "\"",
                new ArticlePublish().publishAt(OffsetDateTime.now().plusDays(1)));
        PageArticle waiting = articles.listArticles(ArticleStatus.REVIEW, organizationId, null, 1, 20);
        Article back = articles.withdrawArticle(scheduled.getId(), "\"" + scheduled.getVersion() + "\"");
        return back.getStatus() + " " + waiting.getTotal() + " " + scheduled.getPublishAt() + " "
                + scheduled.getViewCount() + String.join(",", back.getTags());
    }
}
