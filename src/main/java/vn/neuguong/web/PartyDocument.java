package vn.neuguong.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document of a Party body in the layout of the Central Office's guidance on the format of Party documents
 * (Hướng dẫn 36-HD/VPTW), independent of what it reports: {@link PartyDocx} and {@link PartyPdf} print the same
 * record, so a report exported in both formats says the same thing in the same places.
 *
 * @param superior the body directly above the issuer ("ĐẢNG BỘ QUẬN ĐỐNG ĐA"), or null for none
 * @param issuer the issuing body ("ĐẢNG ỦY PHƯỜNG VĂN MIẾU")
 * @param number the number and symbol ("12-BC/ĐU"), or null while the document is a draft
 * @param place where it is issued ("Văn Miếu")
 * @param date when it is issued
 * @param kind the kind of document, its title ("BÁO CÁO")
 * @param subject what it is about, the line under the title
 * @param body headings, paragraphs and tables in reading order
 * @param recipients who receive it, usually ending with the office's own copy ("Lưu VP.")
 * @param onBehalf on whose behalf it is signed ("T/M ĐẢNG ỦY")
 * @param signerTitle the signer's post ("BÍ THƯ")
 * @param signerName the signer's full name
 */
public record PartyDocument(
        String superior,
        String issuer,
        String number,
        String place,
        LocalDate date,
        String kind,
        String subject,
        List<Block> body,
        List<String> recipients,
        String onBehalf,
        String signerTitle,
        String signerName) {

    /** The title every Party document carries at the top right. */
    static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";

    /** Printed where the number goes while the document has none yet. */
    static final String DRAFT = "Dự thảo";

    public PartyDocument {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(onBehalf, "onBehalf");
        Objects.requireNonNull(signerTitle, "signerTitle");
        Objects.requireNonNull(signerName, "signerName");
        subject = subject == null ? "" : subject;
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
    }

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, Table {}

    /** A section heading ("I. KẾT QUẢ THỰC HIỆN"), in bold. */
    public record Heading(String text) implements Block {
        public Heading {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A paragraph of running text, justified with its first line indented. */
    public record Paragraph(String text) implements Block {
        public Paragraph {
            Objects.requireNonNull(text, "text");
        }
    }

    /** A bordered table: a header row and rows of cell texts, each row as wide as the header. */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            if (header.isEmpty()) {
                throw new IllegalArgumentException("a table needs a header");
            }
            for (var row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("a row is not as wide as the header: " + row);
                }
            }
        }
    }

    /** "Số 12-BC/ĐU", or "Dự thảo" for a draft that has no number yet. */
    String numberLine() {
        return number == null ? DRAFT : "Số " + number;
    }

    /**
     * "Văn Miếu, ngày 30 tháng 3 năm 2025". As the guidance writes its own dates ("ngày 03 tháng 4 năm 2018"), a
     * day below 10 and the months January and February take a leading zero, so that no digit can be put in front
     * of them afterwards ("ngày 05 tháng 02"); the later months cannot be lengthened that way and are not padded.
     */
    String dateLine() {
        int month = date.getMonthValue();
        return "%s, ngày %02d tháng %s năm %d"
                .formatted(place, date.getDayOfMonth(), month < 3 ? "0" + month : month, date.getYear());
    }
}
