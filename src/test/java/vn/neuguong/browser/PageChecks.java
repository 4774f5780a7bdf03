package vn.neuguong.browser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a person would notice on a page, as a list of problems: the page scrolls sideways, it is an error page, it
 * shows a message key ({@code ??key_vi??}), a raw id, or English on a Vietnamese page. English is recognised by the
 * application's own English texts (those that differ from their Vietnamese version) and by a few English words.
 */
public final class PageChecks {

    private static final Pattern MESSAGE_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");
    private static final Pattern RAW_ID = Pattern.compile(
            "(?<![\\p{L}\\p{N}&])#\\d+\\b|\\bid\\s*[:=]\\s*\\d+|\\b\\p{Ll}+_id\\b|\"id\"\\s*:",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_WORDS =
            Pattern.compile("(?<![\\p{L}@./_-])(the|and|with|of|is|are|for|from)(?![\\p{L}@./_-])");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*\\}");

    private final Set<String> englishTexts;
    private final Set<String> errorTitles;

    private PageChecks(Set<String> englishTexts, Set<String> errorTitles) {
        this.englishTexts = englishTexts;
        this.errorTitles = errorTitles;
    }

    public static PageChecks fromMessages() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        var englishTexts = new LinkedHashSet<String>();
        var errorTitles = new HashSet<String>();
        for (Resource english : resolver.getResources("classpath*:messages/*.properties")) {
            String name = english.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            var vietnamese =
                    load(resolver.getResource("classpath:messages/" + name.replace(".properties", "_vi.properties")));
            var texts = load(english);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                String translated = vietnamese.getProperty(key, "");
                if (key.startsWith("error.") && !key.equals("error.back") && !key.equals("error.title")) {
                    errorTitles.add(text);
                    errorTitles.add(translated);
                }
                for (String part : PLACEHOLDER.split(text)) {
                    String phrase = part.strip().replaceAll("[.:,;]+$", "");
                    if (phrase.split("\\s+").length >= 2 && phrase.length() >= 10 && !translated.contains(phrase)) {
                        englishTexts.add(phrase);
                    }
                }
            }
        }
        return new PageChecks(englishTexts, errorTitles);
    }

    public List<String> of(ChromeDriver browser, String where, String language, int width) {
        var problems = new ArrayList<String>();
        long documentWidth = ((Number) browser.executeScript(
                        "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)"))
                .longValue();
        if (documentWidth > width) {
            problems.add(where + ": scrolls sideways, " + documentWidth + " px wide: " + widest(browser, width));
        }
        String text = browser.findElement(By.tagName("body")).getText();
        var heading = browser.findElements(By.cssSelector("main h1"));
        if (!heading.isEmpty() && errorTitles.contains(heading.get(0).getText().strip())) {
            problems.add(where + ": shows an error page: " + heading.get(0).getText());
        }
        var key = MESSAGE_KEY.matcher(browser.getPageSource());
        if (key.find()) {
            problems.add(where + ": shows a message key " + key.group());
        }
        var id = RAW_ID.matcher(text);
        if (id.find()) {
            problems.add(where + ": shows a raw id: …" + around(text, id.start(), id.end()) + "…");
        }
        if (language.equals("vi")) {
            String withoutSwitch = text.replace("English", "");
            for (String phrase : englishTexts) {
                if (withoutSwitch.contains(phrase)) {
                    problems.add(where + ": shows English on a Vietnamese page: \"" + phrase + "\"");
                }
            }
            var word = ENGLISH_WORDS.matcher(withoutSwitch);
            if (word.find()) {
                problems.add(where + ": shows an English word on a Vietnamese page: …"
                        + around(withoutSwitch, word.start(), word.end()) + "…");
            }
        }
        return problems;
    }

    /** The elements that stick out, to say what to fix. */
    private static Object widest(ChromeDriver browser, int width) {
        return browser.executeScript("""
                const limit = arguments[0];
                return Array.from(document.querySelectorAll('body *'))
                  .filter(e => e.getBoundingClientRect().right > limit + 1)
                  .slice(0, 5)
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '') + ' ' + Math.round(e.getBoundingClientRect().right))
                  .join(', ');
                """, width);
    }

    private static String around(String text, int start, int end) {
        return text.substring(Math.max(0, start - 40), Math.min(text.length(), end + 40))
                .replace('\n', ' ');
    }

    private static Properties load(Resource resource) throws IOException {
        var properties = new Properties();
        if (resource.exists()) {
            try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }
}
