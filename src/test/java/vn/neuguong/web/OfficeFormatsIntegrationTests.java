package vn.neuguong.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.neuguong.IntegrationTest;

/** Percentages per language on the compliance board, and dates as dd/mm/yyyy in its export. */
@IntegrationTest
class OfficeFormatsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private RequestPostProcessor dongDa() {
        return user(users.loadUserByUsername("dongda.tuyengiao"));
    }

    private long theme2023() {
        return jdbc.sql("SELECT id FROM campaign WHERE title LIKE '%2023%' AND parent_id IS NULL ORDER BY id LIMIT 1")
                .query(Long.class)
                .single();
    }

    private List<String> percentages(String lang) throws Exception {
        var html = mvc.perform(get("/campaigns/{id}/compliance", theme2023())
                        .param("asOf", "2024-01-31")
                        .param("lang", lang)
                        .with(dongDa()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html).select("td").eachText().stream()
                .filter(text -> text.endsWith("%"))
                .toList();
    }

    @Test
    void ratesUseTheDecimalCommaInVietnameseAndThePointInEnglish() throws Exception {
        var vietnamese = percentages("vi");
        var english = percentages("en");

        assertThat(vietnamese).isNotEmpty().allMatch(text -> text.matches("\\d{1,3}(,\\d)?%"));
        assertThat(vietnamese).anyMatch(text -> text.contains(","));
        assertThat(english).allMatch(text -> text.matches("\\d{1,3}(\\.\\d)?%"));
        assertThat(english)
                .isEqualTo(
                        vietnamese.stream().map(text -> text.replace(',', '.')).toList());
    }

    @Test
    void theExportWritesDueDatesAsDayMonthYear() throws Exception {
        var bytes = mvc.perform(get("/campaigns/{id}/compliance.xlsx", theme2023())
                        .param("asOf", "2024-01-31")
                        .with(dongDa()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        var headers = new ArrayList<String>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
        }

        assertThat(headers).anyMatch(header -> header.endsWith("(30/05/2023)"));
        assertThat(headers).noneMatch(header -> header.matches(".*\\d{4}-\\d\\d-\\d\\d.*"));
    }
}
