package vn.neuguong.portal;

import java.time.Duration;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.neuguong.shared.NotFoundException;

/** The images of published articles, in the size for the desk or the phone; any other image is unknown (404). */
@Controller
class PortalImageController {

    private final ArticleImages images;

    PortalImageController(ArticleImages images) {
        this.images = images;
    }

    @GetMapping("/portal/images/{id}/{size:desk|phone}.jpg")
    ResponseEntity<InputStreamResource> image(@PathVariable long id, @PathVariable String size) {
        var content = images.published(id, "phone".equals(size)).orElseThrow(() -> new NotFoundException("Image", id));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                .body(new InputStreamResource(content));
    }
}
