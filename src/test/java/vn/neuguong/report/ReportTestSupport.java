package vn.neuguong.report;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoFixtures;

/** What the report module's integration tests share: MockMvc, the database, the demo accounts, {@link ReportFixtures}. */
abstract class ReportTestSupport {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoFixtures demo;

    @Autowired
    TransactionTemplate transaction;

    ReportFixtures fixtures;

    @BeforeEach
    void setUpFixtures() {
        fixtures = new ReportFixtures(mvc, jdbc, demo, transaction);
    }
}
