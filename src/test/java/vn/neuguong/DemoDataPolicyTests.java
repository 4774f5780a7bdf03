package vn.neuguong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DemoDataPolicyTests {

    final DemoDataPolicy policy = new DemoDataPolicy();

    @Test
    void theEmbeddedDatabaseGetsTheDemoDataByDefault() {
        var environment = new MockEnvironment();
        policy.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getDefaultProfiles()).containsExactly("seed");
    }

    @Test
    void aServerGetsNoDemoDataWhenNoProfileIsNamed() {
        var environment = new MockEnvironment().withProperty("neuguong.db.url", "jdbc:postgresql://db/neuguong");
        policy.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getDefaultProfiles()).doesNotContain("seed");
        assertThat(environment.getActiveProfiles()).doesNotContain("seed");
    }

    @Test
    void askingForDemoDataOnAServerIsRefusedWithoutTheWords() {
        var environment = new MockEnvironment().withProperty("neuguong.db.url", "jdbc:postgresql://db/neuguong");
        environment.setActiveProfiles("seed");
        assertThatThrownBy(() -> policy.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NEUGUONG_DEMO_DATA_ON_SERVER=load-demo-accounts-with-known-passwords");
        environment.setProperty("neuguong.demo-data-on-server", "yes");
        assertThatThrownBy(() -> policy.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theWordsLetADemoServerLoadIt() {
        var environment = new MockEnvironment()
                .withProperty("neuguong.db.url", "jdbc:postgresql://db/neuguong")
                .withProperty("neuguong.demo-data-on-server", "load-demo-accounts-with-known-passwords");
        environment.setActiveProfiles("seed");
        assertThatCode(() -> policy.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void anExplicitProfileOnTheEmbeddedDatabaseIsKept() {
        var environment = new MockEnvironment();
        environment.setActiveProfiles("prod");
        policy.postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getActiveProfiles()).containsExactly("prod");
        assertThat(environment.getDefaultProfiles()).doesNotContain("seed");
    }
}
