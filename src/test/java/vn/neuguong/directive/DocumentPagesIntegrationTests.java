package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Accounts;

@IntegrationTest
class DocumentPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Accounts accounts;

    DocumentTestSupport support() {
        return new DocumentTestSupport(jdbc, users);
    }

    @Test
    void documentPagesRenderInVietnameseAndEnglish() throws Exception {
        var staff = user(support().principal("dongda.tuyengiao"));
        long plan347 = support().document("347-KH/QU");
        mvc.perform(get("/documents").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trích yếu")))
                .andExpect(content().string(containsString("347-KH/QU")));
        mvc.perform(get("/documents").param("lang", "en").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Summary")))
                .andExpect(content().string(containsString("Issue a document")));
        mvc.perform(get("/documents/{id}", plan347).with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Căn cứ (văn bản cấp trên)")))
                .andExpect(content().string(containsString("284-KH/TU")))
                .andExpect(content().string(containsString("01-KL/TW")))
                .andExpect(content().string(containsString("598-CV/BTGQU")))
                .andExpect(content().string(containsString("Đảng ủy phường Văn Miếu")))
                .andExpect(content().string(containsString("Tình hình đọc, học tập")));
        mvc.perform(get("/documents/{id}", plan347).param("lang", "en").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Implementing documents")))
                .andExpect(content().string(containsString("Reading and study")));
        for (String path : new String[] {"/documents/new", "/documents/external/new", "/documents/inbox"}) {
            mvc.perform(get(path).with(staff)).andExpect(status().isOk());
            mvc.perform(get(path).param("lang", "en").with(staff))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("??"))));
        }
        long vanMieu = support().organization("Đảng ủy phường Văn Miếu");
        mvc.perform(get("/documents/inbox/{id}", vanMieu).param("lang", "en").with(staff))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inbox: Đảng ủy phường Văn Miếu")))
                .andExpect(content().string(containsString("347-KH/QU")));
    }

    @Test
    void searchAsHtmxReturnsOnlyTheResults() throws Exception {
        mvc.perform(get("/documents")
                        .param("q", "ke hoach 347")
                        .header("HX-Request", "true")
                        .with(user(support().principal("dongda.tuyengiao"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("347-KH/QU")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void issueFormShowsFieldErrorsAndIssuesAValidDocument() throws Exception {
        var staff = user(support().principal("vanmieu.vanphong"));
        long vanMieu = support().organization("Đảng ủy phường Văn Miếu");
        mvc.perform(post("/documents")
                        .param("issuerId", String.valueOf(vanMieu))
                        .param("issuedOn", "2024-12-20")
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("là bắt buộc")));
        mvc.perform(post("/documents")
                        .param("typeCode", "BB")
                        .param("issuerId", String.valueOf(vanMieu))
                        .param("issuedOn", "2014-12-20")
                        .param("summary", "Biên bản họp")
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/documents/*"));
        assertThat(jdbc.sql("SELECT number_text FROM document WHERE summary = 'Biên bản họp'")
                        .query(String.class)
                        .single())
                .isEqualTo("1-BB/ĐU");
        mvc.perform(post("/documents/external")
                        .param("number", "05-CT/TW")
                        .param("issuerName", "Bộ Chính trị")
                        .param("issuedOn", "2016-05-15")
                        .param("summary", "Trùng")
                        .param("registeredById", String.valueOf(vanMieu))
                        .with(staff)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Số, ký hiệu này đã được vào sổ")));
    }

    @Test
    void markStudiedButtonAnswersWithTheFragment() throws Exception {
        long plan347 = support().document("347-KH/QU");
        var member = support().memberAccount(accounts, "Đảng ủy phường Khâm Thiên");
        mvc.perform(get("/documents/{id}", plan347).with(user(member)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đánh dấu đã học tập")));
        mvc.perform(post("/documents/{id}/studied", plan347)
                        .header("HX-Request", "true")
                        .with(user(member))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("document-studied")))
                .andExpect(content().string(containsString("Bạn đã học tập văn bản này")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(jdbc.sql("SELECT count(*) FROM document_read WHERE document_id = :d AND member_id = :m "
                                + "AND studied_at IS NOT NULL")
                        .param("d", plan347)
                        .param("m", member.actor().memberId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
