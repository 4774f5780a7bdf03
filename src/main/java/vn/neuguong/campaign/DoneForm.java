package vn.neuguong.campaign;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * An obligation marked done by hand, as the page's small form and the API send it: the date (today when left out)
 * and the note that says what was done.
 */
public record DoneForm(
        @Schema(nullable = true) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate fulfilledOn,

        @Schema(maxLength = 4000, requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "validation.required")
        @Size(max = 4000, message = "validation.tooLong")
        String note) {

    /** The same with a file attached, as a multipart form (the page's, or the API's). */
    public record DoneWithFile(
            @Schema(nullable = true) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            LocalDate fulfilledOn,

            @Schema(maxLength = 4000, requiredMode = Schema.RequiredMode.REQUIRED)
            @NotBlank(message = "validation.required")
            @Size(max = 4000, message = "validation.tooLong")
            String note,

            @Schema(nullable = true, type = "string", format = "binary")
            MultipartFile file) {}
}
