package vn.neuguong;

import java.util.Arrays;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The demo data (profile {@code seed}) creates accounts whose password the README prints, so it must never reach a
 * production database by accident. It is the default only on the embedded database; on a server named by
 * {@code NEUGUONG_DB_URL} nothing is loaded unless the profile is asked for, and then the start is refused unless
 * {@code NEUGUONG_DEMO_DATA_ON_SERVER} says in words that this is wanted.
 */
class DemoDataPolicy implements EnvironmentPostProcessor, Ordered {

    static final String PROFILE = "seed";
    static final String CONSENT_PROPERTY = "neuguong.demo-data-on-server";
    static final String CONSENT = "load-demo-accounts-with-known-passwords";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean onServer = !environment.getProperty("neuguong.db.url", "").isBlank();
        boolean asked = Arrays.asList(environment.getActiveProfiles()).contains(PROFILE);
        if (!onServer) {
            if (environment.getActiveProfiles().length == 0) {
                environment.setDefaultProfiles(PROFILE);
            }
            return;
        }
        if (asked
                && !CONSENT.equals(environment.getProperty(CONSENT_PROPERTY, "").strip())) {
            throw new IllegalStateException("The '" + PROFILE + "' profile loads demo data, with accounts whose"
                    + " password is published, into the PostgreSQL server at "
                    + environment.getProperty("neuguong.db.url")
                    + ". Remove '" + PROFILE + "' from SPRING_PROFILES_ACTIVE, or set NEUGUONG_DEMO_DATA_ON_SERVER="
                    + CONSENT + " if that is really wanted.");
        }
    }

    @Override
    public int getOrder() {
        // After the configuration files (and their profile-specific parts) are read.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
