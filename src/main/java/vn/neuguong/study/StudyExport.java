package vn.neuguong.study;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.neuguong.campaign.CampaignSql;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.TreeSql;
import vn.neuguong.shared.NotFoundException;
import vn.neuguong.web.Formats;
import vn.neuguong.web.RichText;

/**
 * A cell's reflections for a campaign as one document, DOCX or PDF: the cell's full name, then each member's latest
 * version handed in (reflection and commitments), or that nothing was handed in. The PDF embeds Liberation Sans
 * (from the openpdf-fonts-extra artifact), which has every Vietnamese letter.
 */
@Component
class StudyExport {

    static final String FONT = "/liberation/LiberationSans-Regular.ttf";
    static final String BOLD_FONT = "/liberation/LiberationSans-Bold.ttf";

    private static final TypeReference<List<StudyFile.Commitment>> COMMITMENTS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final MessageSource messages;
    private final StudyFiles files;

    StudyExport(JdbcClient jdbc, JsonMapper json, MessageSource messages, StudyFiles files) {
        this.jdbc = jdbc;
        this.json = json;
        this.messages = messages;
        this.files = files;
    }

    private record Entry(
            String memberName,
            String reflectionHtml,
            String attachmentName,
            String commitments,
            LocalDate submittedOn) {}

    /** The lines of the document, each a heading or not. */
    record Line(String text, boolean heading) {}

    /** The document's lines for the cell in the scope, or 404. */
    List<Line> lines(long cellId, long campaignId, Scope scope, Locale locale) {
        String header = jdbc.sql("SELECT " + TreeSql.pathNames(":cell") + " || ' | ' || " + CampaignSql.title(":c")
                        + " WHERE " + scope.coversOrganization(":cell") + " AND " + TreeSql.kind(":cell") + " = 'CELL'"
                        + " AND " + CampaignSql.title(":c") + " IS NOT NULL")
                .param("cell", cellId)
                .param("c", campaignId)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Organization", cellId));
        files.hasRound(campaignId);
        var entries = jdbc.sql("SELECT " + MemberSql.fullName("f.member_id") + " AS member_name, s.reflection_html,"
                        + " s.attachment_name, s.commitments::text AS commitments, s.submitted_on FROM study_file f"
                        + " LEFT JOIN LATERAL (SELECT * FROM study_submission s WHERE s.file_id = f.id"
                        + " ORDER BY s.number DESC LIMIT 1) s ON true WHERE f.campaign_id = :c AND "
                        + StudyAccess.ofCell(":cell") + " ORDER BY " + MemberSql.fullName("f.member_id")
                        + " COLLATE vi_icu, f.id")
                .param("c", campaignId)
                .param("cell", cellId)
                .query(Entry.class)
                .list();
        var lines = new ArrayList<Line>();
        String[] parts = header.split(" \\| ", 2);
        lines.add(new Line(text("study.export.title", locale, parts[1]), true));
        lines.add(new Line(parts[0], false));
        for (var e : entries) {
            lines.add(new Line(e.memberName(), true));
            if (e.submittedOn() == null) {
                lines.add(new Line(text("study.export.notSubmitted", locale), false));
                continue;
            }
            lines.add(new Line(text("study.export.submittedOn", locale, Formats.DATE.format(e.submittedOn())), false));
            RichText.paragraphs(e.reflectionHtml()).forEach(p -> lines.add(new Line(p, false)));
            if (e.attachmentName() != null) {
                lines.add(new Line(text("study.export.attachment", locale, e.attachmentName()), false));
            }
            for (var c : json.readValue(e.commitments(), COMMITMENTS)) {
                lines.add(new Line(
                        text(
                                "study.export.commitment",
                                locale,
                                c.position(),
                                c.text(),
                                Formats.DATE.format(c.targetOn())),
                        false));
            }
        }
        return lines;
    }

    byte[] docx(List<Line> lines) {
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            for (var line : lines) {
                var run = document.createParagraph().createRun();
                run.setText(line.text());
                run.setFontFamily("Times New Roman");
                run.setFontSize(line.heading() ? 14 : 12);
                run.setBold(line.heading());
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] pdf(List<Line> lines) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.open();
        var regular = new Font(font(FONT), 11);
        var bold = new Font(font(BOLD_FONT), 13);
        for (var line : lines) {
            var paragraph = new Paragraph(line.text(), line.heading() ? bold : regular);
            paragraph.setSpacingAfter(line.heading() ? 4 : 2);
            paragraph.setSpacingBefore(line.heading() ? 8 : 0);
            document.add(paragraph);
        }
        document.close();
        return out.toByteArray();
    }

    private static BaseFont font(String resource) {
        try (InputStream in = StudyExport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the classpath");
            }
            return BaseFont.createFont(
                    resource.substring(resource.lastIndexOf('/') + 1),
                    BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED,
                    true,
                    in.readAllBytes(),
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
