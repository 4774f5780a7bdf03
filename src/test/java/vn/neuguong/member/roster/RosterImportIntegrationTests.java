package vn.neuguong.member.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.neuguong.IntegrationTest;
import vn.neuguong.member.MemberTestSupport;

@IntegrationTest
class RosterImportIntegrationTests {

    static final String HEADER =
            "Họ và tên,Ngày sinh,Giới tính,Số thẻ đảng viên,Ngày vào Đảng,Ngày chính thức,Chi bộ,Điện thoại,Email,Trạng thái\n";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    MemberTestSupport support;

    @BeforeEach
    void setUp() {
        support = new MemberTestSupport(accounts, jdbc);
    }

    @Test
    void importsAGoodCsvWithHistoryAndAuditAndReimportingChangesNothing() throws Exception {
        String csv = HEADER
                + "Phan Thị Thu Hà,12/03/1985,Nữ,IMP.0001,01/02/2010,01/02/2011,Chi bộ Tổ dân phố số 1,0912000001,ha@example.vn,\n"
                + "\n"
                + "Vũ Đức Long,1979-11-30,nam,IMP.0002,2005-05-19,2006-05-19,Đảng ủy phường Văn Miếu / Chi bộ Tổ dân phố số 2,,,Đang sinh hoạt\n"
                + "\"Hồ Minh Khánh, con\",,,IMP.0003,,,"
                + support.cell("Văn Miếu", 3) + ",,,\n";
        upload("vanmieu.vanphong", "roster.csv", csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows").value(3))
                .andExpect(jsonPath("$.created").value(3))
                .andExpect(jsonPath("$.updated").value(0));

        assertThat(cardCount("IMP.%")).isEqualTo(3);
        long ha = support.memberWithCard("IMP.0001");
        assertThat(jdbc.sql("SELECT cell_id FROM member WHERE id = :id")
                        .param("id", ha)
                        .query(Long.class)
                        .single())
                .isEqualTo(support.cell("Văn Miếu", 1));
        assertThat(jdbc.sql("SELECT count(*) FROM member_cell_history WHERE member_id = :id AND left_on IS NULL")
                        .param("id", ha)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(support.auditRows(Long.toString(ha))).isEqualTo(1);

        upload("vanmieu.vanphong", "roster.csv", csv)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(3));
        assertThat(cardCount("IMP.%")).isEqualTo(3);
        assertThat(support.auditRows(Long.toString(ha))).isEqualTo(1);

        String moved = csv.replace("Chi bộ Tổ dân phố số 1,0912000001", "Chi bộ Tổ dân phố số 4,0912000009");
        upload("vanmieu.vanphong", "roster.csv", moved)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.updated").value(1));
        assertThat(cardCount("IMP.%")).isEqualTo(3);
        assertThat(jdbc.sql("SELECT cell_id FROM member WHERE id = :id")
                        .param("id", ha)
                        .query(Long.class)
                        .single())
                .isEqualTo(support.cell("Văn Miếu", 4));
        assertThat(jdbc.sql("SELECT count(*) FROM member_cell_history WHERE member_id = :id")
                        .param("id", ha)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(support.auditRows(Long.toString(ha))).isEqualTo(2);
    }

    @Test
    void importsAnXlsxWithDateCells() throws Exception {
        byte[] xlsx;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Danh sách");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            String[] headers = {"Họ và tên", "Số thẻ đảng viên", "Chi bộ", "Ngày vào Đảng", "Giới tính"};
            var head = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("Đỗ Thị Yến");
            row.createCell(1).setCellValue("XLS.0001");
            row.createCell(2).setCellValue("Chi bộ Tổ dân phố số 2");
            var admitted = row.createCell(3);
            admitted.setCellValue(Date.from(LocalDate.of(2012, 9, 2)
                    .atStartOfDay(ZoneId.systemDefault())
                    .toInstant()));
            admitted.setCellStyle(dateStyle);
            row.createCell(4).setCellValue("Nữ");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        mvc.perform(multipart("/api/v1/members/import")
                        .file(new MockMultipartFile("file", "danh-sach.xlsx", null, xlsx))
                        .with(support.as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(1));
        var admittedOn = jdbc.sql("SELECT admitted_on FROM member WHERE party_card_no = 'XLS.0001'")
                .query(LocalDate.class)
                .single();
        assertThat(admittedOn).isEqualTo(LocalDate.of(2012, 9, 2));
    }

    @Test
    void reportsAMissingRequiredValue() throws Exception {
        expectSingleError(HEADER + ",01/01/1980,Nam,ERR.0101,,,Chi bộ Tổ dân phố số 1,,,\n", "Họ và tên");
    }

    @Test
    void reportsABadDate() throws Exception {
        expectSingleError(HEADER + "Lê Văn Sơn,31/02/1980,Nam,ERR.0201,,,Chi bộ Tổ dân phố số 1,,,\n", "Ngày sinh");
    }

    @Test
    void reportsADuplicateCardNumberInsideTheFile() throws Exception {
        upload(
                        "vanmieu.vanphong",
                        "roster.csv",
                        HEADER
                                + "Lê Văn Sơn,,,ERR.0301,,,Chi bộ Tổ dân phố số 1,,,\n"
                                + "Lê Văn Hùng,,,ERR.0301,,,Chi bộ Tổ dân phố số 2,,,\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].field").value("Số thẻ đảng viên"));
        assertThat(cardCount("ERR.03%")).isZero();
    }

    @Test
    void reportsACellOutsideTheScope() throws Exception {
        expectSingleError(
                HEADER + "Lê Văn Sơn,,,ERR.0401,,,Đảng ủy phường Quốc Tử Giám / Chi bộ Tổ dân phố số 1,,,\n", "Chi bộ");
        expectSingleError(HEADER + "Lê Văn Sơn,,,ERR.0402,,," + support.cell("Quốc Tử Giám", 2) + ",,,\n", "Chi bộ");
        expectSingleError(HEADER + "Lê Văn Sơn,,,ERR.0403,,,Chi bộ không có,,,\n", "Chi bộ");
    }

    @Test
    void reportsABadGenderAndABadStatus() throws Exception {
        upload(
                        "vanmieu.vanphong",
                        "roster.csv",
                        HEADER + "Lê Văn Sơn,,Đực,ERR.0501,,,Chi bộ Tổ dân phố số 1,,,Đang công tác\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(2)))
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("Giới tính", "Trạng thái")))
                .andExpect(jsonPath("$.errors[*].row", Matchers.everyItem(Matchers.is(2))));
        assertThat(cardCount("ERR.05%")).isZero();
    }

    @Test
    void reportsABadEmail() throws Exception {
        expectSingleError(HEADER + "Lê Văn Sơn,,,ERR.0601,,,Chi bộ Tổ dân phố số 1,,son@@example,\n", "Email");
    }

    @Test
    void reportsAnOfficialDateBeforeAdmission() throws Exception {
        expectSingleError(
                HEADER + "Lê Văn Sơn,,,ERR.0701,05/05/2010,04/05/2010,Chi bộ Tổ dân phố số 1,,,\n", "Ngày chính thức");
    }

    @Test
    void reportsACardNumberOfAMemberOutsideTheScope() throws Exception {
        long outsider = support.plainMember("Quốc Tử Giám", 3);
        String card = jdbc.sql("SELECT party_card_no FROM member WHERE id = :id")
                .param("id", outsider)
                .query(String.class)
                .single();
        String name = jdbc.sql("SELECT full_name FROM member WHERE id = :id")
                .param("id", outsider)
                .query(String.class)
                .single();
        expectSingleError(HEADER + "Kẻ Lạ," + ",," + card + ",,,Chi bộ Tổ dân phố số 1,,,\n", "Số thẻ đảng viên");
        assertThat(jdbc.sql("SELECT full_name FROM member WHERE id = :id")
                        .param("id", outsider)
                        .query(String.class)
                        .single())
                .isEqualTo(name);
    }

    @Test
    void listsEveryErrorOfEveryRowAndImportsNothing() throws Exception {
        upload(
                        "vanmieu.vanphong",
                        "roster.csv",
                        HEADER
                                + "Lê Văn Tốt,,,ERR.0801,,,Chi bộ Tổ dân phố số 1,,,\n"
                                + ",xx,,ERR.0802,,,Chi bộ Tổ dân phố số 9,,a@b,\n"
                                + "Lê Văn Tốt Hai,,,ERR.0803,,,Chi bộ Tổ dân phố số 2,,,\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(jsonPath("$.errors[*].row", Matchers.everyItem(Matchers.is(3))))
                .andExpect(jsonPath(
                        "$.errors[*].field", Matchers.containsInAnyOrder("Họ và tên", "Ngày sinh", "Chi bộ", "Email")));
        assertThat(cardCount("ERR.08%")).isZero();
    }

    @Test
    void reportsAMissingColumnAndAWrongFileType() throws Exception {
        upload("vanmieu.vanphong", "roster.csv", "Họ và tên,Chi bộ\nLê Văn Sơn,Chi bộ Tổ dân phố số 1\n")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].row").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("Số thẻ đảng viên"));
        upload("vanmieu.vanphong", "roster.txt", "anything")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void importPageShowsEveryErrorWithRowColumnAndReason() throws Exception {
        mvc.perform(multipart("/members/import")
                        .file(new MockMultipartFile(
                                "file",
                                "roster.csv",
                                "text/csv",
                                (HEADER + "Lê Văn Sơn,,,ERR.0901,05/05/2010,04/05/2010,Chi bộ Tổ dân phố số 1,,,\n")
                                        .getBytes(StandardCharsets.UTF_8)))
                        .param("lang", "en")
                        .with(support.as("vanmieu.vanphong"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nothing was imported")))
                .andExpect(content().string(Matchers.containsString("Ngày chính thức")))
                .andExpect(content().string(Matchers.containsString("cannot be before the date admitted")));
        assertThat(cardCount("ERR.09%")).isZero();
    }

    private void expectSingleError(String csv, String column) throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM member").query(Long.class).single();
        upload("vanmieu.vanphong", "roster.csv", csv)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value(column))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
        assertThat(jdbc.sql("SELECT count(*) FROM member").query(Long.class).single())
                .isEqualTo(before);
    }

    private ResultActions upload(String username, String filename, String content) throws Exception {
        return mvc.perform(multipart("/api/v1/members/import")
                .file(new MockMultipartFile("file", filename, "text/csv", content.getBytes(StandardCharsets.UTF_8)))
                .with(support.as(username))
                .with(csrf()));
    }

    private long cardCount(String pattern) {
        return jdbc.sql("SELECT count(*) FROM member WHERE party_card_no LIKE :pattern")
                .param("pattern", pattern)
                .query(Long.class)
                .single();
    }
}
