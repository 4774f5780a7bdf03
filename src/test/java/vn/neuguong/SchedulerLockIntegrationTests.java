package vn.neuguong;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Two nodes' schedulers on one database, the second one's clock a little behind (as clocks of two machines are):
 * each tick of a cron job runs on one node only, because the lock is kept past the other node's tick.
 */
class SchedulerLockIntegrationTests {

    @Test
    void eachTickOfAJobRunsOnceAcrossTwoNodes() throws Exception {
        try (var database = FreshDatabase.create()) {
            try (var connection = database.connect();
                    var statement = connection.createStatement()) {
                statement.execute("""
                        CREATE TABLE shedlock (name varchar(64) PRIMARY KEY, lock_until timestamptz NOT NULL,
                            locked_at timestamptz NOT NULL, locked_by varchar(255) NOT NULL);
                        CREATE TABLE tick_run (node text NOT NULL, at timestamptz NOT NULL DEFAULT clock_timestamp());
                        """);
            }
            try (var first = node(database, "first", Duration.ZERO);
                    var second = node(database, "second", Duration.ofMillis(-300))) {
                Thread.sleep(5_500);
            }
            try (var connection = database.connect();
                    var statement = connection.createStatement();
                    var result = statement.executeQuery("""
                            SELECT count(*), count(DISTINCT date_trunc('second', at)) FROM tick_run
                            """)) {
                result.next();
                assertThat(result.getInt(2)).as("ticks that ran").isGreaterThanOrEqualTo(4);
                assertThat(result.getInt(1)).as("runs").isEqualTo(result.getInt(2));
            }
        }
    }

    private static AnnotationConfigApplicationContext node(FreshDatabase database, String name, Duration skew) {
        var context = new AnnotationConfigApplicationContext();
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "node",
                        Map.of(
                                "node.name",
                                name,
                                "node.skew",
                                skew.toMillis(),
                                "neuguong.scheduling.lock-at-least-for",
                                "PT0.8S")));
        context.registerBean(
                DataSource.class,
                () -> new DriverManagerDataSource(database.url(), database.user(), database.password()));
        context.register(SchedulingConfiguration.class, Node.class);
        context.refresh();
        return context;
    }

    @Configuration(proxyBeanMethods = false)
    static class Node {

        @Bean
        ThreadPoolTaskScheduler taskScheduler(@Value("${node.skew}") long skew) {
            var scheduler = new ThreadPoolTaskScheduler();
            scheduler.setClock(Clock.offset(Clock.systemDefaultZone(), Duration.ofMillis(skew)));
            return scheduler;
        }

        @Bean
        Tick tick(DataSource dataSource, @Value("${node.name}") String name) {
            return new Tick(JdbcClient.create(dataSource), name);
        }
    }

    static class Tick {

        private final JdbcClient jdbc;
        private final String name;

        Tick(JdbcClient jdbc, String name) {
            this.jdbc = jdbc;
            this.name = name;
        }

        @Scheduled(cron = "* * * * * *")
        @SchedulerLock(name = "tick")
        public void run() {
            jdbc.sql("INSERT INTO tick_run (node) VALUES (:node)")
                    .param("node", name)
                    .update();
        }
    }
}
