package vn.neuguong.directive;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A document received from outside the tree (Bộ Chính trị, Ban Bí thư, ...), with its printed number.
 *
 * @param registeredById the organization in the tree that registers it and may send it on
 */
public record ExternalDocument(
        @NotBlank(message = "validation.required")
        @Pattern(regexp = "\\s*" + DocumentNumber.PATTERN + "\\s*", message = "document.number.invalid")
        @Schema(example = "05-CT/TW")
        String number,

        @NotBlank(message = "validation.required")
        @Size(max = 300, message = "validation.tooLong")
        @Schema(maxLength = 300)
        String issuerName,

        @NotNull(message = "validation.required") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate issuedOn,

        @NotBlank(message = "validation.required")
        @Size(max = 2000, message = "validation.tooLong")
        @Schema(maxLength = 2000)
        String summary,

        String bodyHtml,
        @Schema(nullable = true) Long registeredById,
        @Size(max = 50, message = "document.tooMany") List<@NotNull(message = "validation.required") Long> basisIds,

        @Size(max = 1000, message = "document.tooMany")
        List<@NotNull(message = "validation.required") Long> recipientIds) {

    public ExternalDocument {
        basisIds = basisIds == null ? List.of() : basisIds;
        recipientIds = recipientIds == null ? List.of() : recipientIds;
    }
}
