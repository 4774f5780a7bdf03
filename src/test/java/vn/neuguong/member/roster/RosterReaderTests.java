package vn.neuguong.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.neuguong.member.MemberCell;
import vn.neuguong.shared.InvalidInputException;

class RosterReaderTests {

    @Test
    void readsExcelUtf8CsvWithBomSemicolonsAndSpreadsheetRowNumbers() {
        String csv = "\uFEFFHO VA TEN;So the dang vien;Chi bộ;Cột thừa\n"
                + "Nguyễn Văn An;01.000002;Chi bộ Tổ dân phố số 1;x\n"
                + ";;;\n"
                + "Trần Thị Lan;01.000003;Chi bộ Tổ dân phố số 2;y\n";
        List<RosterRow> rows =
                RosterReader.read("danh-sach.CSV", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(rows).extracting(RosterRow::row).containsExactly(2, 4);
        assertThat(rows.get(0).get(RosterColumn.FULL_NAME)).isEqualTo("Nguyễn Văn An");
        assertThat(rows.get(1).get(RosterColumn.PARTY_CARD_NO)).isEqualTo("01.000003");
        assertThat(rows.get(0).header(RosterColumn.FULL_NAME)).isEqualTo("HO VA TEN");
    }

    @Test
    void namesEveryMissingRequiredColumnOnRowOne() {
        var csv = "Họ và tên,Email\nNguyễn Văn An,an@example.vn\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RosterReader.read("roster.csv", new ByteArrayInputStream(csv)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(
                                        InvalidInputException.FieldError::field, InvalidInputException.FieldError::row)
                                .containsExactly(
                                        org.assertj.core.groups.Tuple.tuple("Số thẻ đảng viên", 1),
                                        org.assertj.core.groups.Tuple.tuple("Chi bộ", 1)));
    }

    @Test
    void findsCellsByNameSuffixIgnoringDiacriticsAndReportsAmbiguity() {
        var cells = new RosterCells(List.of(
                new MemberCell(
                        11,
                        "Chi bộ Tổ dân phố số 1",
                        "Quận ủy Đống Đa / Đảng ủy phường Văn Miếu / Chi bộ Tổ dân phố số 1"),
                new MemberCell(
                        12,
                        "Chi bộ Tổ dân phố số 1",
                        "Quận ủy Đống Đa / Đảng ủy phường Kim Liên / Chi bộ Tổ dân phố số 1")));
        assertThat(cells.resolve("dang uy phuong van mieu / chi bo to dan pho so 1"))
                .containsExactly(11L);
        assertThat(cells.resolve("Chi bộ Tổ dân phố số 1")).containsExactly(11L, 12L);
        assertThat(cells.resolve("12")).containsExactly(12L);
        assertThat(cells.resolve("13")).isEmpty();
    }
}
