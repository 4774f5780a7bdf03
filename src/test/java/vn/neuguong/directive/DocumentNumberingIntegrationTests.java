package vn.neuguong.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.organization.CommitteeTerms;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;
import vn.neuguong.shared.InvalidInputException;

@IntegrationTest
class DocumentNumberingIntegrationTests {

    static final LocalDate FIRST_CONGRESS = LocalDate.of(2015, 6, 11);
    static final LocalDate SECOND_CONGRESS = LocalDate.of(2020, 6, 11);

    @Autowired
    Documents documents;

    @Autowired
    Organizations organizations;

    @Autowired
    CommitteeTerms terms;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    DocumentTestSupport support() {
        return new DocumentTestSupport(jdbc, users);
    }

    long committee() {
        return support().committee(organizations, terms, FIRST_CONGRESS, SECOND_CONGRESS);
    }

    DocumentView issue(String type, long issuer, LocalDate on) {
        return documents.issue(
                new NewDocument(type, issuer, on, "Văn bản " + type + " " + on, null, List.of(), List.of()),
                Scope.everything());
    }

    DocumentView issueByCongress(String type, long issuer, LocalDate on) {
        return documents.issue(
                new NewDocument(type, issuer, on, "Văn bản đại hội " + type, null, List.of(), List.of(), true),
                Scope.everything());
    }

    static void assertFieldError(ThrowingCallable call, String field, String message) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).anySatisfy(error -> {
                            assertThat(error.field()).isEqualTo(field);
                            assertThat(error.message()).isEqualTo(message);
                        }));
    }

    @Test
    void numbersIssuedFromParallelThreadsRunOneToEightyWithoutGapOrDuplicate() throws Exception {
        long ward = committee();
        Scope scope = Scope.of(support().actor("hanoi.tuyengiao"));
        var pool = Executors.newFixedThreadPool(8);
        var tasks = new ArrayList<Callable<List<String>>>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            tasks.add(() -> {
                var numbers = new ArrayList<String>();
                for (int i = 0; i < 10; i++) {
                    numbers.add(documents
                            .issue(
                                    new NewDocument(
                                            "TB",
                                            ward,
                                            LocalDate.of(2021, 6, 1),
                                            "Thông báo " + thread + "/" + i,
                                            null,
                                            List.of(),
                                            List.of()),
                                    scope)
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
        assertThat(numbers).allMatch(n -> n.endsWith("-TB/ĐU")).contains("01-TB/ĐU", "80-TB/ĐU");
    }

    @Test
    void aRolledBackIssueLeavesNoGap() {
        long ward = committee();
        assertThat(issue("TB", ward, LocalDate.of(2021, 3, 1)).number()).isEqualTo("01-TB/ĐU");
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    issue("TB", ward, LocalDate.of(2021, 3, 2));
                    throw new IllegalStateException("rolled back");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(issue("TB", ward, LocalDate.of(2021, 3, 3)).number()).isEqualTo("02-TB/ĐU");
    }

    @Test
    void numbersRestartAtOneInANewTermAndNotOnTheFirstOfJanuary() {
        long ward = committee();
        var lastOfYear = issue("KH", ward, LocalDate.of(2019, 12, 31));
        var firstOfYear = issue("KH", ward, LocalDate.of(2020, 1, 2));
        var congressDay = issue("KH", ward, SECOND_CONGRESS);
        var newTerm = issue("KH", ward, SECOND_CONGRESS.plusDays(1));

        assertThat(List.of(lastOfYear, firstOfYear, congressDay, newTerm))
                .extracting(DocumentView::number)
                .containsExactly("01-KH/ĐU", "02-KH/ĐU", "03-KH/ĐU", "01-KH/ĐU");
        assertThat(lastOfYear.termId()).isEqualTo(congressDay.termId());
        assertThat(lastOfYear.termOrdinal()).isEqualTo(1);
        assertThat(newTerm.termOrdinal()).isEqualTo(2);
        assertThat(newTerm.termLabel()).isEqualTo("II");
        assertThat(issue("KH", ward, LocalDate.of(2021, 1, 1)).number()).isEqualTo("02-KH/ĐU");
    }

    @Test
    void numbersBelowTenCarryALeadingZero() {
        long ward = committee();
        var numbers = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> issue("CV", ward, LocalDate.of(2022, 1, i)).number())
                .toList();
        assertThat(numbers).startsWith("01-CV/ĐU", "02-CV/ĐU").endsWith("09-CV/ĐU", "10-CV/ĐU");
    }

    @Test
    void documentsOfACongressShareOneSequenceAcrossTypes() {
        long ward = committee();
        var resolution = issueByCongress("NQ", ward, SECOND_CONGRESS);
        var minutes = issueByCongress("BB", ward, SECOND_CONGRESS.minusDays(1));
        var report = issueByCongress("BC", ward, SECOND_CONGRESS);
        assertThat(List.of(resolution, minutes, report))
                .extracting(DocumentView::number)
                .containsExactly("01-NQ/ĐH", "02-BB/ĐH", "03-BC/ĐH");
        assertThat(resolution.congress()).isTrue();
        assertThat(resolution.termOrdinal()).as("the term the congress opens").isEqualTo(2);
        assertThat(resolution.issuerId()).isEqualTo(ward);

        assertThat(issue("NQ", ward, SECOND_CONGRESS).number())
                .as("the committee's own series is apart from the congress's")
                .isEqualTo("01-NQ/ĐU");
        assertThat(issueByCongress("NQ", ward, FIRST_CONGRESS).number())
                .as("each congress has its own sequence")
                .isEqualTo("01-NQ/ĐH");
        assertFieldError(
                () -> issueByCongress("NQ", ward, SECOND_CONGRESS.plusDays(3)), "issuedOn", "document.congress.none");
    }

    @Test
    void aDepartmentNumbersWithinTheTermOfTheCommitteeItServes() {
        long ward = committee();
        long office = organizations
                .create(
                        new NewOrganization(
                                ward,
                                OrganizationKind.DEPARTMENT,
                                "Ban",
                                "Văn phòng Đảng ủy thử nghiệm",
                                "VPĐU",
                                null,
                                LocalDate.of(2015, 1, 1)),
                        Scope.everything())
                .id();
        var committeeTerms = terms.of(ward, Scope.everything());
        var before = issue("CV", office, SECOND_CONGRESS);
        var after = issue("CV", office, SECOND_CONGRESS.plusDays(1));
        assertThat(before.number()).isEqualTo("01-CV/VPĐU");
        assertThat(after.number()).isEqualTo("01-CV/VPĐU");
        assertThat(before.termId()).isEqualTo(committeeTerms.get(0).id());
        assertThat(after.termId()).isEqualTo(committeeTerms.get(1).id());
        assertThat(terms.of(office, Scope.everything())).isEqualTo(committeeTerms);
        assertFieldError(
                () -> issueByCongress("NQ", office, SECOND_CONGRESS), "byCongress", "document.congress.department");
    }

    @Test
    void issuingOnADayNoTermCoversIsRefusedOnTheDate() {
        long ward = committee();
        long before =
                jdbc.sql("SELECT count(*) FROM document").query(Long.class).single();
        assertFieldError(() -> issue("TB", ward, FIRST_CONGRESS), "issuedOn", "document.term.none");
        long withoutTerms = support().committee(organizations, terms);
        assertFieldError(() -> issue("TB", withoutTerms, LocalDate.of(2022, 1, 1)), "issuedOn", "document.term.none");
        assertThat(jdbc.sql("SELECT count(*) FROM document").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void anIssueDateInTheFutureIsRefusedOnTheDate() {
        long ward = committee();
        var tomorrow = LocalDate.now(vn.neuguong.web.TimeConfiguration.ZONE).plusDays(1);
        assertFieldError(() -> issue("TB", ward, tomorrow), "issuedOn", "document.issuedOn.future");
        var external = new ExternalDocument(
                "77-CT/TW", "Ban Bí thư", tomorrow, "Chưa ban hành", null, ward, List.of(), List.of());
        assertFieldError(
                () -> documents.register(external, Scope.everything()), "issuedOn", "document.issuedOn.future");
        assertThat(issue("TB", ward, LocalDate.now(vn.neuguong.web.TimeConfiguration.ZONE))
                        .number())
                .isEqualTo("01-TB/ĐU");
    }

    @Test
    void theDatabaseRefusesASecondDocumentWithTheSameIssuerTypeTermAndNumber() {
        long ward = committee();
        var first = issue("TB", ward, LocalDate.of(2021, 5, 5));
        assertThatThrownBy(() -> jdbc.sql("""
                                INSERT INTO document (type_code, sequence_no, year, issuer_id, issuer_code, number_text,
                                                      issued_on, summary, term_id)
                                VALUES ('TB', 1, 2022, :issuer, 'ĐU', '01-TB/ĐU', DATE '2022-05-05', 'Trùng số', :term)
                                """)
                        .param("issuer", ward)
                        .param("term", first.termId())
                        .update())
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void theNextNumberOfATermFollowsTheDemoNumbers() {
        long dongDa = support().organization("Quận ủy Đống Đa");
        var next = issue("KH", dongDa, LocalDate.of(2024, 12, 20));
        assertThat(next.number()).isEqualTo("348-KH/QU");
        assertThat(next.termOrdinal()).isEqualTo(28);
        long propaganda = support().organization("Ban Tuyên giáo Quận ủy Đống Đa");
        assertThat(issue("CV", propaganda, LocalDate.of(2024, 12, 20)).number()).isEqualTo("599-CV/BTGQU");
    }

    @Test
    void registeringAnExternalNumberTwiceIsRefusedOnTheNumberField() {
        long hanoi = support().organization("Thành ủy Hà Nội");
        var input = new ExternalDocument(
                "05-CT/TW", "Bộ Chính trị", LocalDate.of(2016, 5, 15), "Bản trùng", null, hanoi, List.of(), List.of());
        assertFieldError(() -> documents.register(input, Scope.everything()), "number", "document.number.duplicate");
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
    void demoDocumentsCarryTheNumbersOfTheArticlesInTheirCommitteesTerms() {
        var expected = List.of(
                List.of("284-KH/TU", "XVII"),
                List.of("347-KH/QU", "XXVIII"),
                List.of("598-CV/BTGQU", "XXVIII"),
                List.of("104-KH/QU", "V"),
                List.of("111-HD/ĐU", "XXIII"));
        for (var pair : expected) {
            var document = documents
                    .find(support().document(pair.get(0)), Visibility.of(Scope.everything()))
                    .orElseThrow();
            assertThat(document.termLabel()).as(pair.get(0)).isEqualTo(pair.get(1));
        }
        for (String number : List.of("05-CT/TW", "01-KL/TW")) {
            assertThat(documents.find(support().document(number), Visibility.of(Scope.everything())))
                    .hasValueSatisfying(d -> assertThat(d.termId()).isNull());
        }
        assertThat(jdbc.sql("SELECT count(*) FROM document_recipient WHERE document_id = :id")
                        .param("id", support().document("347-KH/QU"))
                        .query(Long.class)
                        .single())
                .isEqualTo(21);
    }
}
