package vn.neuguong;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The pool's connections plan every statement for its values: a prepared tree statement run for the root five times
 * must not leave a generic plan behind for the next ward (bench/study measures the difference at national scale).
 */
@IntegrationTest
class PlanCacheIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyConnectionPlansEachStatementForItsOwnValues() {
        assertThat(jdbc.sql("SHOW plan_cache_mode").query(String.class).single())
                .isEqualTo("force_custom_plan");
    }
}
