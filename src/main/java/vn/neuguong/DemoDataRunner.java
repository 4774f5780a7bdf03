package vn.neuguong;

import org.springframework.boot.ApplicationArguments;

/**
 * One module's part of the demo data (profile {@code seed}). The parts are not application runners of their own:
 * {@link DemoDataLoad} runs them in their {@code @Order}, one node at a time, and only into a database that has not
 * had them loaded yet.
 */
public interface DemoDataRunner {

    void run(ApplicationArguments args) throws Exception;
}
