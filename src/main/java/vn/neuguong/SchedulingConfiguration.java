package vn.neuguong;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on every node, but each run takes a lock row in the shared database first (ShedLock), so two
 * nodes never run the same job at once. A quick job would release its lock before the other node's tick of the same
 * cron fires a few milliseconds (or, with clocks apart, seconds) later, and that node would run it again: so every
 * job keeps its lock for at least {@code neuguong.scheduling.lock-at-least-for} after it starts. Jobs also write
 * idempotently, so a late second run changes nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(
        defaultLockAtMostFor = "PT10M",
        defaultLockAtLeastFor = "${neuguong.scheduling.lock-at-least-for:PT30S}")
@ConditionalOnProperty(name = "neuguong.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new org.springframework.jdbc.core.JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
