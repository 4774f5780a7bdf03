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

    /** The tags of each of the articles, in one statement: a list page reads them all at once. */
    static java.util.Map<Long, List<String>> of(JdbcClient jdbc, java.util.Collection<Long> articleIds) {
        var tags = new java.util.HashMap<Long, List<String>>();
        if (articleIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("SELECT article_id, tag FROM portal_article_tag WHERE article_id IN (:ids) ORDER BY article_id, tag")
                .param("ids", articleIds)
                .query((rs, n) -> tags.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
                        .add(rs.getString(2)))
                .list();
        return tags;
    }

    static List<String> of(JdbcClient jdbc, long articleId) {
        return jdbc.sql("SELECT tag FROM portal_article_tag WHERE article_id = :id ORDER BY tag")
                .param("id", articleId)
                .query(String.class)
                .list();
    }
}
