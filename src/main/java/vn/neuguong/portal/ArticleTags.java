package vn.neuguong.portal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tags of an article: kept as given (trimmed, each once), read in alphabetical order. */
final class ArticleTags {

    private ArticleTags() {}

    static void save(JdbcClient jdbc, long articleId, List<String> tags) {
        for (String tag : tags) {
            jdbc.sql("INSERT INTO portal_article_tag (article_id, tag) VALUES (:id, :tag)")
                    .param("id", articleId)
                    .param("tag", tag)
                    .update();
        }
    }

    static List<String> of(JdbcClient jdbc, long articleId) {
        return jdbc.sql("SELECT tag FROM portal_article_tag WHERE article_id = :id ORDER BY tag")
                .param("id", articleId)
                .query(String.class)
                .list();
    }
}
