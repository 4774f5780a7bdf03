package vn.neuguong.portal;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FileStorage;
import vn.neuguong.web.UploadedFiles;

/**
 * The lead image of an article: a JPEG or PNG photo of at most 10 MB, kept as two JPEGs, at most 1280 pixels wide
 * for the desk and 640 for the phone (never enlarged), which the article page offers with {@code srcset}. Readers get
 * the images of published articles only.
 */
@Component
class ArticleImages {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int DESK = 1280;
    static final int PHONE = 640;

    /** Where an image's sizes are kept. */
    record Stored(String storageKey, String phoneKey) {}

    private final JdbcClient jdbc;
    private final FileStorage storage;
    private final Articles articles;

    ArticleImages(JdbcClient jdbc, FileStorage storage, Articles articles) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.articles = articles;
    }

    @Transactional
    long lead(Article article, MultipartFile file, Actor actor) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "validation.required");
        }
        byte[] bytes;
        try {
            bytes = UploadedFiles.read(file.getInputStream(), MAX_BYTES, "file", "portal.article.image.tooLarge");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String type = UploadedFiles.detect(bytes, file.getOriginalFilename());
        if (!"image/jpeg".equals(type) && !"image/png".equals(type)) {
            throw new InvalidInputException("file", "portal.article.image.type");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            image = null;
        }
        if (image == null || image.getWidth() < 16 || image.getHeight() < 16) {
            throw new InvalidInputException("file", "portal.article.image.type");
        }
        var desk = scaled(image, DESK);
        var phone = scaled(image, PHONE);
        String deskKey = UploadedFiles.store(storage, "portal", "desk.jpg", jpeg(desk));
        String phoneKey = UploadedFiles.store(storage, "portal", "phone.jpg", jpeg(phone));
        long id = jdbc.sql("INSERT INTO portal_image (article_id, content_type, width, height, storage_key, phone_key,"
                        + " phone_width, uploaded_by) VALUES (:article, 'image/jpeg', :w, :h, :desk, :phone, :pw, :by)"
                        + " RETURNING id")
                .param("article", article.id())
                .param("w", desk.getWidth())
                .param("h", desk.getHeight())
                .param("desk", deskKey)
                .param("phone", phoneKey)
                .param("pw", phone.getWidth())
                .param("by", actor.username())
                .query(Long.class)
                .single();
        articles.leadImage(article, id, actor);
        return id;
    }

    /** The stored size of an image of a published article; empty for any other. */
    @Transactional(readOnly = true)
    Optional<InputStream> published(long imageId, boolean phone) {
        return jdbc.sql("SELECT i.storage_key, i.phone_key FROM portal_image i JOIN portal_article a"
                        + " ON a.id = i.article_id WHERE i.id = :id AND " + PublicArticles.VISIBLE)
                .param("id", imageId)
                .query(Stored.class)
                .optional()
                .map(s -> storage.open(phone ? s.phoneKey() : s.storageKey()));
    }

    private static BufferedImage scaled(BufferedImage source, int maxWidth) {
        int width = Math.min(maxWidth, source.getWidth());
        int height = Math.max(1, (int) Math.round((double) source.getHeight() * width / source.getWidth()));
        var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
