package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.organization.Scope;

@IntegrationTest
class DocumentDemoDataIntegrationTests {

    @Autowired
    DocumentDemoData demoData;

    @Autowired
    Documents documents;

    @Autowired
    DocumentBasis basis;

    @Autowired
    JdbcClient jdbc;

    List<Long> counts() {
        return List.of(
                count("SELECT count(*) FROM document"),
                count("SELECT count(*) FROM document_basis"),
                count("SELECT count(*) FROM document_recipient"),
                count("SELECT count(*) FROM document_counter"),
                count("SELECT COALESCE(sum(last_no), 0) FROM document_counter"),
                count("SELECT count(*) FROM document_read"));
    }

    long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void loadingTheDemoDataAgainChangesNothing() {
        var before = counts();
        demoData.run(new DefaultApplicationArguments());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theCascadeOfArticle004RunsFromTheCityPlanToTheLetter() {
        long letter = jdbc.sql("SELECT id FROM document WHERE number_text = '598-CV/BTGQU'")
                .query(Long.class)
                .single();
        var cascade = basis.cascade(letter, Visibility.of(Scope.everything()));
        assertThat(cascade.up())
                .extracting(DocumentBasis.CascadeNode::number)
                .containsExactly("284-KH/TU", "347-KH/QU");
        // Bồ Đề's 111-HD/ĐU stays the 2022 ward's; the ward the 2025 merge formed numbers from 01 in its first term
        long oldBoDe = jdbc.sql("SELECT issuer_id FROM document WHERE number_text = '111-HD/ĐU'")
                .query(Long.class)
                .single();
        long boDe = jdbc.sql("SELECT id FROM organization WHERE name = 'Đảng ủy phường Bồ Đề' AND closed_on IS NULL")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT successor_id FROM organization WHERE id = :id")
                        .param("id", oldBoDe)
                        .query(Long.class)
                        .single())
                .isEqualTo(boDe);
        var next = documents.issue(
                new NewDocument(
                        "HD", boDe, java.time.LocalDate.of(2025, 9, 1), "Hướng dẫn tiếp theo", null, null, null),
                Scope.everything());
        assertThat(next.number()).isEqualTo("01-HD/ĐU");
    }
}
