package vn.neuguong.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.core.io.ClassPathResource;

/**
 * The axe-core accessibility audit, injected into the page from the copy {@code scripts/vendor-axe.sh} keeps in the
 * test resources (no Node at build time): every serious or critical violation is a problem.
 */
public final class Axe {

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { resultTypes: ['violations'] })
              .then(result => done(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ rule: v.id, impact: v.impact, help: v.help,
                             nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ') }))))
              .catch(error => done([{ rule: 'axe-error', impact: 'critical', help: String(error), nodes: '' }]));
            """;

    private final String source;

    private Axe(String source) {
        this.source = source;
    }

    public static Axe fromTestResources() throws IOException {
        return new Axe(new ClassPathResource("browser/axe.min.js").getContentAsString(StandardCharsets.UTF_8));
    }

    public List<String> audit(ChromeDriver browser, String where) {
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(source);
        }
        var problems = new ArrayList<String>();
        for (Object found : (List<?>) browser.executeAsyncScript(RUN)) {
            var violation = (Map<?, ?>) found;
            problems.add("%s: axe %s (%s): %s at %s"
                    .formatted(
                            where,
                            violation.get("rule"),
                            violation.get("impact"),
                            violation.get("help"),
                            violation.get("nodes")));
        }
        return problems;
    }
}
