package vn.neuguong.portal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.neuguong.shared.NotFoundException;

/**
 * Readers' comments on published articles: posted behind the captcha and the rate limit, kept waiting for moderation,
 * shown once approved. The article page lists {@link #approved(long)}.
 */
@Service("comments")
public class Comments {

    private final JdbcClient jdbc;
    private final Captcha captcha;

    Comments(JdbcClient jdbc, Captcha captcha) {
        this.jdbc = jdbc;
        this.captcha = captcha;
    }

    /** The approved comments of a published article, oldest first, each with its answer. */
    @Transactional(readOnly = true)
    public List<Comment> approved(long articleId) {
        return jdbc.sql("SELECT c.id, c.author_name, c.title, c.content, c.created_at, c.answer, c.answered_at"
                        + " FROM portal_comment c JOIN portal_article a ON a.id = c.article_id"
                        + " WHERE c.article_id = :article AND c.status = 'APPROVED' AND a.status = 'PUBLISHED'"
                        + " ORDER BY c.created_at, c.id")
                .param("article", articleId)
                .query(Comment.class)
                .list();
    }

    /** Whether the article is published, so readers may comment on it. */
    @Transactional(readOnly = true)
    public boolean open(long articleId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_article WHERE id = :id AND status = 'PUBLISHED')")
                .param("id", articleId)
                .query(Boolean.class)
                .single();
    }

    /**
     * Keeps a comment waiting for moderation: the form's fields are checked, then the captcha's solution is taken,
     * all in one transaction. An article that is not published is 404.
     */
    @Transactional
    long post(long articleId, CommentForm form, String address) {
        if (!open(articleId)) {
            throw new NotFoundException("Article", articleId);
        }
        form.check();
        captcha.take(form.altcha());
        return jdbc.sql("INSERT INTO portal_comment (article_id, author_name, phone, title, content, address_hash)"
                        + " VALUES (:article, :name, :phone, :title, :content, :address) RETURNING id")
                .param("article", articleId)
                .param("name", CommentText.kept(form.authorName()))
                .param("phone", CommentText.phone(form.phone()))
                .param("title", CommentText.kept(form.title()))
                .param("content", CommentText.kept(form.content()))
                .param("address", captcha.addressHash(address))
                .query(Long.class)
                .single();
    }

    /** An approved comment a reader may report: its id, article and title; 404 for any other. */
    @Transactional(readOnly = true)
    Reportable reportable(long commentId) {
        return jdbc.sql(
                        "SELECT c.id, c.article_id, c.title FROM portal_comment c JOIN portal_article a ON a.id = c.article_id"
                                + " WHERE c.id = :id AND c.status = 'APPROVED' AND a.status = 'PUBLISHED'")
                .param("id", commentId)
                .query(Reportable.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Comment", commentId));
    }

    /** A comment a reader may report. */
    public record Reportable(long id, long articleId, String title) {}

    /** A reader reports an approved comment as abusive; the article it is on, for the way back. */
    @Transactional
    long report(long commentId) {
        return jdbc.sql("UPDATE portal_comment SET reports = reports + 1 WHERE id = :id AND status = 'APPROVED'"
                        + " RETURNING article_id")
                .param("id", commentId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Comment", commentId));
    }
}
