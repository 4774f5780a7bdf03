package vn.neuguong;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The database of the root package for an {@code @ApplicationModuleTest}, whose slice scans only its modules'
 * packages: the same data source (embedded PostgreSQL, or the server {@code NEUGUONG_TEST_DB_URL} names) and so the
 * same migrated schema the whole-application tests use. Slices load no demo data; they create what they read.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(DatabaseConfiguration.class)
@EnableConfigurationProperties(DatabaseProperties.class)
public class ModuleSliceDatabase {}
