package vn.neuguong;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import vn.neuguong.web.TimeConfiguration;

/**
 * The database of the root package for an {@code @ApplicationModuleTest}, whose slice scans only its modules'
 * packages: the same data source (embedded PostgreSQL, or the server {@code NEUGUONG_TEST_DB_URL} names) and so the
 * same migrated schema the whole-application tests use. Slices load no demo data; they create what they read.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(DatabaseConfiguration.class)
@EnableConfigurationProperties(DatabaseProperties.class)
public class ModuleSliceDatabase {

    /**
     * The application's clock. Its configuration lives in the web module, which a slice scans only when a module
     * of the slice injects a bean of web's; primary, so that such a slice still has one clock to inject.
     */
    @Bean
    @Primary
    Clock sliceClock() {
        return Clock.system(TimeConfiguration.ZONE);
    }

    /** The beans of {@code context} whose class lies in one of {@code modules}: what a slice proves it left out. */
    public static List<String> beansOf(ApplicationContext context, String... modules) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> {
                    Class<?> type = context.getType(name);
                    return type != null
                            && Arrays.stream(modules)
                                    .map(module -> "vn.neuguong." + module)
                                    .anyMatch(module -> (type.getPackageName() + ".").startsWith(module + "."));
                })
                .toList();
    }
}
