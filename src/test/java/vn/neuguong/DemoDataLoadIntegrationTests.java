package vn.neuguong;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/** Nodes started at the same moment on one empty database: one copy of the demo data, and no crash. */
@ExtendWith(OutputCaptureExtension.class)
class DemoDataLoadIntegrationTests {

    @Test
    void twoNodesStartedAtOnceLoadOneCopyOfTheDemoData() throws Exception {
        try (var database = FreshDatabase.create()) {
            var ready = new CountDownLatch(2);
            var loggingSetUp = new Semaphore(1);
            var pool = Executors.newFixedThreadPool(2);
            List<Future<ConfigurableApplicationContext>> nodes = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                nodes.add(pool.submit((Callable<ConfigurableApplicationContext>) () -> {
                    ready.countDown();
                    ready.await();
                    return startAlongside(database, loggingSetUp, "test", "seed");
                }));
            }
            List<ConfigurableApplicationContext> started = new ArrayList<>();
            try {
                for (var node : nodes) {
                    started.add(node.get(5, TimeUnit.MINUTES));
                }
                try (var connection = database.connect();
                        var statement = connection.createStatement()) {
                    var result = statement.executeQuery("""
                            -- open ones: the demo's 2025 merge leaves a closed Bồ Đề beside the new one of that name
                            SELECT (SELECT count(*) FROM organization WHERE name = 'Thành ủy Hà Nội'),
                                   (SELECT count(*) FROM organization WHERE name = 'Quận ủy Đống Đa'),
                                   (SELECT count(*) FROM account WHERE username = 'admin'),
                                   (SELECT count(*) FROM organization WHERE closed_on IS NULL)
                                       - (SELECT count(DISTINCT (parent_id, name)) FROM organization WHERE closed_on IS NULL),
                                   (SELECT count(*) FROM demo_data_load WHERE finished_at IS NOT NULL)
                            """);
                    result.next();
                    assertThat(result.getInt(1)).as("Thành ủy Hà Nội").isEqualTo(1);
                    assertThat(result.getInt(2)).as("Quận ủy Đống Đa").isEqualTo(1);
                    assertThat(result.getInt(3)).as("admin accounts").isEqualTo(1);
                    assertThat(result.getInt(4))
                            .as("organizations loaded twice")
                            .isZero();
                    assertThat(result.getInt(5)).as("finished loads").isEqualTo(1);
                }
            } finally {
                started.forEach(ConfigurableApplicationContext::close);
                pool.shutdownNow();
            }
        }
    }

    @Test
    void aHalfLoadedDatabaseIsNamedAndTheNodeStartsWithoutLoading(CapturedOutput output) throws Exception {
        try (var database = FreshDatabase.create()) {
            start(database, "test").close();
            try (var connection = database.connect();
                    var statement = connection.createStatement()) {
                statement.execute("INSERT INTO demo_data_load (started_at, started_by) VALUES"
                        + " ('2025-01-02 03:04:05+00', 'node-that-died')");
            }
            try (var node = start(database, "test", "seed")) {
                assertThat(node.isActive()).isTrue();
                try (var connection = database.connect();
                        var statement = connection.createStatement()) {
                    var result = statement.executeQuery("SELECT count(*) FROM organization");
                    result.next();
                    assertThat(result.getInt(1)).isZero();
                }
            }
            assertThat(output.getAll())
                    .contains("Demo data load started at")
                    .contains("by node-that-died never finished");
        }
    }

    static ConfigurableApplicationContext start(FreshDatabase database, String... profiles) {
        return builder(profiles).run(arguments(database));
    }

    /**
     * Starts a node while another starts in the same JVM. The two share one Logback context, and Spring Boot sets
     * it up per application: two set-ups at once clear each other's environment ("Unable to find Spring
     * Environment in logger context"). Two real nodes are two JVMs, so only the logging set-up takes turns here;
     * the migrations, the context refresh and the demo data load, which are what the test races, still run at once.
     */
    static ConfigurableApplicationContext startAlongside(
            FreshDatabase database, Semaphore loggingSetUp, String... profiles) throws InterruptedException {
        loggingSetUp.acquire();
        var released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                loggingSetUp.release();
            }
        };
        try {
            return builder(profiles)
                    .listeners((ApplicationListener<SpringApplicationEvent>) event -> {
                        if (event instanceof ApplicationPreparedEvent || event instanceof ApplicationFailedEvent) {
                            release.run();
                        }
                    })
                    .run(arguments(database));
        } finally {
            release.run();
        }
    }

    private static SpringApplicationBuilder builder(String... profiles) {
        return new SpringApplicationBuilder(NeuguongApplication.class).profiles(profiles);
    }

    private static String[] arguments(FreshDatabase database) {
        var arguments = new ArrayList<>(database.arguments());
        arguments.add("--neuguong.scheduling.enabled=false");
        return arguments.toArray(String[]::new);
    }
}
