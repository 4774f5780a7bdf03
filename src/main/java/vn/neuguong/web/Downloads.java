package vn.neuguong.web;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file sent back as a download, its name kept in UTF-8 (Vietnamese file names survive). */
public final class Downloads {

    private Downloads() {}

    /**
     * @param contentType the type detected when the file was stored, or null for {@code application/octet-stream}
     * @param size the size in bytes, or a negative number when unknown
     */
    public static ResponseEntity<InputStreamResource> attachment(
            String filename, String contentType, long size, InputStream content) {
        var response = ResponseEntity.ok()
                .contentType(
                        contentType == null
                                ? MediaType.APPLICATION_OCTET_STREAM
                                : MediaType.parseMediaType(contentType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString());
        if (size >= 0) {
            response.contentLength(size);
        }
        return response.body(new InputStreamResource(content));
    }
}
