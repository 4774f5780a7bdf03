package vn.neuguong.portal;

import jakarta.annotation.PreDestroy;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the readers of an article without a database write per view: a view is held in memory and the held
 * counts are added to the articles in one statement every few seconds (and when the node stops). A reader is an
 * address and a browser: the same one reading again within half an hour (a reload) is not counted again, and a
 * client that says it is a robot, a crawler, a link preview or a command-line tool, or says nothing, is not counted.
 */
@Component
class ViewCounter {

    static final Duration AGAIN_AFTER = Duration.ofMinutes(30);
    static final int MAX_READERS = 200_000;

    private static final Pattern ROBOT = Pattern.compile(
            "bot|crawl|spider|slurp|preview|facebookexternalhit|lighthouse|headless|curl|wget|python|java/|okhttp"
                    + "|go-http|httpclient|wrk|monitor|feed|rss",
            Pattern.CASE_INSENSITIVE);

    private final JdbcClient jdbc;
    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
    private volatile Map<Long, LongAdder> held = new ConcurrentHashMap<>();

    ViewCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts a view of the article unless it is a robot's or the same reader's within half an hour; counted or not. */
    boolean view(long articleId, String address, String userAgent, long nowMillis) {
        if (userAgent == null || userAgent.isBlank() || ROBOT.matcher(userAgent).find()) {
            return false;
        }
        String reader = articleId + ":" + digest(address + "\n" + userAgent);
        Long before = lastSeen.get(reader);
        if (before != null && nowMillis - before < AGAIN_AFTER.toMillis()) {
            return false;
        }
        if (lastSeen.size() >= MAX_READERS) {
            forget(nowMillis);
        }
        if (before == null
                ? lastSeen.putIfAbsent(reader, nowMillis) != null
                : !lastSeen.replace(reader, before, nowMillis)) {
            return false;
        }
        held.computeIfAbsent(articleId, id -> new LongAdder()).increment();
        return true;
    }

    /** The views of the article held and not yet written. */
    long pending(long articleId) {
        var adder = held.get(articleId);
        return adder == null ? 0 : adder.sum();
    }

    /** Adds the held views to the articles in one statement; the number of views written. */
    @Scheduled(fixedDelayString = "${neuguong.portal.view-flush-interval:10s}")
    @Transactional
    public synchronized long flush() {
        var taken = held;
        held = new ConcurrentHashMap<>();
        forget(System.currentTimeMillis());
        if (taken.isEmpty()) {
            return 0;
        }
        var counts = new HashMap<Long, Long>();
        taken.forEach((id, adder) -> counts.put(id, adder.sum()));
        Long[] ids = counts.keySet().toArray(Long[]::new);
        Long[] views = new Long[ids.length];
        for (int i = 0; i < ids.length; i++) {
            views[i] = counts.get(ids[i]);
        }
        try {
            write(ids, views);
        } catch (RuntimeException e) {
            counts.forEach(
                    (id, n) -> held.computeIfAbsent(id, k -> new LongAdder()).add(n));
            throw e;
        }
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The views held when the node stops are written then. */
    @PreDestroy
    void stop() {
        try {
            flush();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ViewCounter.class)
                    .warn("Views not written at shutdown: {}", e.toString());
        }
    }

    private void write(Long[] ids, Long[] views) {
        jdbc.sql("UPDATE portal_article a SET view_count = a.view_count + v.n FROM"
                        + " (SELECT unnest(CAST(:ids AS bigint[])) AS id, unnest(CAST(:views AS bigint[])) AS n) v"
                        + " WHERE a.id = v.id")
                .param("ids", ids)
                .param("views", views)
                .update();
    }

    private void forget(long nowMillis) {
        lastSeen.values().removeIf(at -> nowMillis - at >= AGAIN_AFTER.toMillis());
        if (lastSeen.size() >= MAX_READERS) {
            lastSeen.clear();
        }
    }

    private static String digest(String text) {
        try {
            var sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
