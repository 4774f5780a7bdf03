package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.account.Scope;
import vn.neuguong.directive.Documents.ExternalDocument;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.web.InvalidInputException;

@IntegrationTest
class DocumentNumberingIntegrationTests {

    @Autowired
    Documents documents;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    DocumentTestSupport support() {
        return new DocumentTestSupport(jdbc, users);
    }

    NewDocument notice(long issuer, int year, String summary) {
        return new NewDocument("TB", issuer, LocalDate.of(year, 6, 1), summary, null, List.of(), List.of());
    }

    @Test
    void numbersIssuedFromParallelThreadsRunOneToEightyWithoutGapOrDuplicate() throws Exception {
        long ward = support().organization("Đảng ủy phường Hàng Bột");
        Scope scope = support().actor("dongda.tuyengiao").scope();
        var pool = Executors.newFixedThreadPool(8);
        var tasks = new ArrayList<Callable<List<String>>>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            tasks.add(() -> {
                var numbers = new ArrayList<String>();
                for (int i = 0; i < 10; i++) {
                    numbers.add(documents
                            .issue(notice(ward, 2019, "Thông báo " + thread + "/" + i), scope)
                            .number());
                }
                return numbers;
            });
        }
        var numbers = new ArrayList<String>();
        for (Future<List<String>> future : pool.invokeAll(tasks)) {
            numbers.addAll(future.get());
        }
        pool.shutdown();

        var sequences = numbers.stream()
                .map(n -> Integer.parseInt(n.substring(0, n.indexOf('-'))))
                .sorted()
                .toList();
        assertThat(sequences)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 80).boxed().toList());
        assertThat(numbers).allMatch(n -> n.endsWith("-TB/ĐU"));
    }

    @Test
    void aRolledBackIssueLeavesNoGap() {
        long ward = support().organization("Đảng ủy phường Kim Liên");
        Scope scope = support().actor("dongda.tuyengiao").scope();
        assertThat(documents.issue(notice(ward, 2018, "Một"), scope).number()).isEqualTo("1-TB/ĐU");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    documents.issue(notice(ward, 2018, "Hai, bỏ"), scope);
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(documents.issue(notice(ward, 2018, "Hai"), scope).number()).isEqualTo("2-TB/ĐU");
    }

    @Test
    void numbersRestartEachYearAndFollowTheDemoNumbers() {
        long dongDa = support().organization("Quận ủy Đống Đa");
        Scope scope = Scope.everything();
        var next = documents.issue(
                new NewDocument(
                        "KH", dongDa, LocalDate.of(2024, 12, 20), "Kế hoạch tiếp theo", null, List.of(), List.of()),
                scope);
        assertThat(next.number()).isEqualTo("348-KH/QU");
        var firstOfYear = documents.issue(notice(dongDa, 2017, "Thông báo đầu năm"), scope);
        assertThat(firstOfYear.number()).isEqualTo("1-TB/QU");
    }

    @Test
    void registeringAnExternalNumberTwiceIsRefusedOnTheNumberField() {
        long hanoi = support().organization("Thành ủy Hà Nội");
        var input = new ExternalDocument(
                "05-CT/TW", "Bộ Chính trị", LocalDate.of(2016, 5, 15), "Bản trùng", null, hanoi, List.of(), List.of());
        assertThatThrownBy(() -> documents.register(input, Scope.everything()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).anySatisfy(error -> {
                            assertThat(error.field()).isEqualTo("number");
                            assertThat(error.message()).isEqualTo("document.number.duplicate");
                        }));
        var badNumber = new ExternalDocument(
                "năm-CT", "Bộ Chính trị", LocalDate.of(2016, 5, 15), "Sai số", null, hanoi, List.of(), List.of());
        assertThatThrownBy(() -> documents.register(badNumber, Scope.everything()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(InvalidInputException.FieldError::field)
                                .contains("number"));
    }

    @Test
    void demoDocumentsCarryTheNumbersOfTheArticles() {
        var found = Collections.synchronizedList(new ArrayList<String>());
        for (String number :
                List.of("05-CT/TW", "01-KL/TW", "284-KH/TU", "347-KH/QU", "598-CV/BTGQU", "104-KH/QU", "111-HD/ĐU")) {
            support().document(number);
            found.add(number);
        }
        assertThat(found).hasSize(7);
        assertThat(jdbc.sql("SELECT count(*) FROM document_recipient WHERE document_id = :id")
                        .param("id", support().document("347-KH/QU"))
                        .query(Long.class)
                        .single())
                .isEqualTo(21);
    }
}
