package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.neuguong.web.PartyDocument.Table;

class PartyDocumentTests {

    @Test
    void datesTheDocumentWithItsPlacePaddingDaysBelowTenAndTheFirstTwoMonths() {
        assertThat(dated(LocalDate.of(2025, 3, 30)).dateLine()).isEqualTo("Văn Miếu, ngày 30 tháng 3 năm 2025");
        assertThat(dated(LocalDate.of(2025, 2, 5)).dateLine()).isEqualTo("Văn Miếu, ngày 05 tháng 02 năm 2025");
        assertThat(dated(LocalDate.of(2025, 1, 9)).dateLine()).isEqualTo("Văn Miếu, ngày 09 tháng 01 năm 2025");
        assertThat(dated(LocalDate.of(2018, 4, 3)).dateLine()).isEqualTo("Văn Miếu, ngày 03 tháng 4 năm 2018");
        assertThat(dated(LocalDate.of(2024, 12, 10)).dateLine()).isEqualTo("Văn Miếu, ngày 10 tháng 12 năm 2024");
    }

    @Test
    void printsTheNumberWithItsWordOrMarksADraft() {
        var report = PartyDocuments.report();
        assertThat(report.numberLine()).isEqualTo("Số 12-BC/ĐU");

        var draft = new PartyDocument(
                null,
                report.issuer(),
                null,
                report.place(),
                report.date(),
                report.kind(),
                null,
                List.of(),
                List.of(),
                report.onBehalf(),
                report.signerTitle(),
                report.signerName());
        assertThat(draft.numberLine()).isEqualTo("Dự thảo");
        assertThat(draft.subject()).isEmpty();
    }

    @Test
    void refusesATableRowThatIsNotAsWideAsItsHeader() {
        assertThatThrownBy(() -> new Table(List.of("Chỉ tiêu", "Số liệu"), List.of(List.of("Chi bộ"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PartyDocument dated(LocalDate date) {
        var report = PartyDocuments.report();
        return new PartyDocument(
                report.superior(),
                report.issuer(),
                report.number(),
                report.place(),
                date,
                report.kind(),
                report.subject(),
                report.body(),
                report.recipients(),
                report.onBehalf(),
                report.signerTitle(),
                report.signerName());
    }
}
