package vn.neuguong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.directive.Documents;
import vn.neuguong.directive.Documents.NewDocument;
import vn.neuguong.organization.Scope;

/**
 * One node on a database of its own, which the tests take away (it stops accepting connections, and the open ones
 * are cut, as in a restart) and give back, or make fail once under a listener.
 */
class DatabaseFaultsIntegrationTests {

    static FreshDatabase database;
    static ConfigurableApplicationContext node;
    static HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        database = FreshDatabase.create();
        var arguments = new ArrayList<>(database.arguments());
        arguments.addAll(List.of(
                "--neuguong.db.connection-timeout=1s",
                "--neuguong.events.resubmit-interval=1s",
                "--neuguong.events.resubmit-older-than=0s",
                "--neuguong.scheduling.lock-at-least-for=0s",
                "--neuguong.notifications.digest-cron=-",
                "--neuguong.notifications.dispatch-interval=1h"));
        node = new SpringApplicationBuilder(NeuguongApplication.class)
                .profiles("test", "seed")
                .run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (node != null) {
            node.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    void whileTheDatabaseIsDownAWriteAnswers503ProblemWithRetryAfterAndTheHealthSaysDown() throws Exception {
        long before = documentCount();
        takeDatabaseAway();
        try {
            var write = send(HttpRequest.newBuilder(uri("/api/v1/documents"))
                    .header("Authorization", "Bearer ng_any")
                    .header("Content-Type", "application/json")
                    .header("Accept-Language", "en")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"typeCode\":\"KH\"}")));
            assertThat(write.statusCode()).isEqualTo(503);
            assertThat(write.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(write.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(write.body()).contains("\"status\":503").contains("nothing was saved");

            var page = send(HttpRequest.newBuilder(uri("/dashboard"))
                    .header("Cookie", "SESSION=ZmFrZQ")
                    .header("Accept", "text/html")
                    .GET());
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("10");
            assertThat(page.body()).contains("Hiện không kết nối được cơ sở dữ liệu");

            var health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
        } finally {
            giveDatabaseBack();
        }
        // The pool makes new connections again once the database takes them.
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        int status;
        while ((status = send(HttpRequest.newBuilder(uri("/actuator/health")).GET())
                                .statusCode())
                        != 200
                && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(status).isEqualTo(200);
        assertThat(documentCount()).isEqualTo(before);
    }

    @Test
    void aDocumentReceivedListenerThatFailsOnceIsRetriedWhileTheApplicationRuns() throws Exception {
        var jdbc = node.getBean(JdbcClient.class);
        jdbc.sql("CREATE SEQUENCE IF NOT EXISTS notice_failures").update();
        jdbc.sql("""
                CREATE OR REPLACE FUNCTION fail_first_notice() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    -- a sequence is not rolled back with the failing transaction, so only the first insert fails
                    IF nextval('notice_failures') = 1 THEN
                        RAISE EXCEPTION 'the database went away (simulated)';
                    END IF;
                    RETURN NEW;
                END $$""").update();
        jdbc.sql("CREATE TRIGGER fail_first_notice BEFORE INSERT ON notification"
                        + " FOR EACH ROW EXECUTE FUNCTION fail_first_notice()")
                .update();
        try {
            long dongDa = organization(jdbc, "Quận ủy Đống Đa");
            long vanMieu = organization(jdbc, "Đảng ủy phường Văn Miếu");
            var document = node.getBean(Documents.class)
                    .issue(
                            new NewDocument(
                                    "KH",
                                    dongDa,
                                    LocalDate.of(2024, 12, 20),
                                    "Kế hoạch thử gửi lại thông báo",
                                    "<p>Thử</p>",
                                    List.of(),
                                    List.of(vanMieu)),
                            Scope.everything());
            // Generous: the retry runs every second here, but a loaded machine can hold the scheduler back.
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            int notices = 0;
            while (notices == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                notices = jdbc.sql("""
                                SELECT count(*) FROM notification n JOIN account a ON a.id = n.account_id
                                WHERE a.username = 'vanmieu.vanphong' AND n.dedup_key = :key
                                """)
                        .param("key", "document:" + document.id())
                        .query(Integer.class)
                        .single();
            }
            assertThat(jdbc.sql("SELECT last_value FROM notice_failures")
                            .query(Long.class)
                            .single())
                    .as("the listener failed once first")
                    .isGreaterThanOrEqualTo(2);
            assertThat(notices).as("DOCUMENT_RECEIVED notice after the retry").isEqualTo(1);
        } finally {
            jdbc.sql("DROP TRIGGER fail_first_notice ON notification").update();
        }
    }

    @Test
    void aTransactionThatRunsOutOfTimeRollsBack() {
        var transactions = node.getBean(PlatformTransactionManager.class);
        assertThat(((AbstractPlatformTransactionManager) transactions).getDefaultTimeout())
                .isEqualTo(30);
        var jdbc = node.getBean(JdbcClient.class);
        assertThat(jdbc.sql("SHOW statement_timeout").query(String.class).single())
                .isEqualTo("30s");
        assertThat(jdbc.sql("SHOW idle_in_transaction_session_timeout")
                        .query(String.class)
                        .single())
                .isEqualTo("1min");

        var shortTransaction = new TransactionTemplate(transactions);
        shortTransaction.setTimeout(1);
        assertThatThrownBy(() -> shortTransaction.executeWithoutResult(status -> {
                    jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by)"
                                    + " VALUES ('timeout-probe', now(), now(), 'test')")
                            .update();
                    jdbc.sql("SELECT pg_sleep(3)").query(String.class).list();
                }))
                .satisfies(e -> assertThat(DatabaseUnavailable.isCause(e)).isTrue());
        assertThat(jdbc.sql("SELECT count(*) FROM shedlock WHERE name = 'timeout-probe'")
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private static long organization(JdbcClient jdbc, String name) {
        return jdbc.sql("SELECT id FROM organization WHERE name = :name AND closed_on IS NULL")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    private static long documentCount() throws Exception {
        try (var connection = database.connect();
                var statement = connection.createStatement();
                var result = statement.executeQuery("SELECT count(*) FROM document")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void takeDatabaseAway() {
        database.execute("ALTER DATABASE " + database.name() + " WITH ALLOW_CONNECTIONS false");
        database.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database.name()
                + "' AND pid <> pg_backend_pid()");
    }

    private static void giveDatabaseBack() {
        database.execute("ALTER DATABASE " + database.name() + " WITH ALLOW_CONNECTIONS true");
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
