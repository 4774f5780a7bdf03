package vn.neuguong;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on PostgreSQL (embedded, or the server {@code NEUGUONG_TEST_DB_URL} names) with the demo
 * data loaded. All such tests share one application context and one database; {@link DemoFixtures} reads the demo
 * data for them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "seed"})
@Import(DemoFixtures.class)
public @interface IntegrationTest {}
