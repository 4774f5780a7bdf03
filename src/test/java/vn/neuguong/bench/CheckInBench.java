package vn.neuguong.bench;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/**
 * Not a test: the client of {@code bench/checkin/run.sh}, run as a plain program against an application it did not
 * start. Signs in {@code count} member accounts ({@code prefix0001} ...), each in its own session through the login
 * form, reads the meeting's QR code as its screen shows it (the staff's {@code /meetings/{id}/qr}, the PNG decoded
 * with ZXing), then has every member scan it at once: GET the address, and when the page holds a check-in form, POST
 * it with its hidden inputs (the confirm step), then read {@code data-outcome}. Then every member scans again at once
 * (a double scan must change nothing). Prints throughput and latencies, and writes them to the file {@code out}.
 *
 * <p>Arguments: {@code baseUrl meetingId count prefix password staffUser staffPassword out}.
 */
public final class CheckInBench {

    private static final int SIGN_IN_THREADS = 8;

    /** One member's scan: the outcome read on the last page, its status, how long it took, when it ended. */
    record Scan(String outcome, boolean confirmed, long nanos, long endedAt) {}

    private final List<String> lines = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        new CheckInBench().run(args);
    }

    private void run(String[] args) throws Exception {
        var base = URI.create(args[0]);
        long meeting = Long.parseLong(args[1]);
        int count = Integer.parseInt(args[2]);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(pool)
                .build();
        try {
            print("QR check-in bench: %,d members, each in its own session, meeting %d at %s", count, meeting, base);
            var sessions = signIn(http, base, count, args[3], args[4]);
            var staff = new BenchSession(http, base, 0);
            staff.signIn(args[5], args[6]);
            var url = currentCode(staff, base, meeting);
            print("the screen's code: %s", url);

            var first = burst(sessions, url);
            report("check-in, all at once", first);
            print(
                    "  reference: the target, %,d check-ins within the 30-second window of one QR code (a code"
                            + " shown is good for 30 to 60 s)",
                    count);
            report("the same scan again, all at once", burst(sessions, url));
            Files.write(Path.of(args[7]), lines, StandardCharsets.UTF_8);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<BenchSession> signIn(HttpClient http, URI base, int count, String prefix, String password)
            throws InterruptedException {
        var sessions = new ArrayList<BenchSession>();
        for (int i = 1; i <= count; i++) {
            sessions.add(new BenchSession(http, base, i));
        }
        var workers = Executors.newFixedThreadPool(SIGN_IN_THREADS);
        var failed = new AtomicInteger();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            var session = sessions.get(i);
            String username = String.format(Locale.ROOT, "%s%04d", prefix, i + 1);
            workers.execute(() -> {
                try {
                    session.signIn(username, password);
                } catch (RuntimeException e) {
                    failed.incrementAndGet();
                    System.err.println(e.getMessage());
                }
            });
        }
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.MINUTES);
        print(
                "sign-in through the login form (CSRF), %d at a time: %,d sessions in %.1f s, %d refused",
                SIGN_IN_THREADS, count, seconds(System.nanoTime() - start), failed.get());
        if (failed.get() > 0) {
            throw new IllegalStateException(failed.get() + " sessions could not sign in");
        }
        return sessions;
    }

    /** The address in the QR code the meeting's screen shows now, read from the image as a phone reads it. */
    private static URI currentCode(BenchSession staff, URI base, long meeting) throws Exception {
        var page = staff.get(base.resolve("/meetings/" + meeting + "/qr")).join();
        var image = page.document().selectFirst("img[src^=data:image/png;base64,]");
        if (image == null) {
            throw new IllegalStateException(
                    "no QR code on the screen: " + page.document().text());
        }
        var png = Base64.getDecoder().decode(image.attr("src").substring("data:image/png;base64,".length()));
        try (var in = new ByteArrayInputStream(png)) {
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(ImageIO.read(in))));
            return URI.create(new MultiFormatReader().decode(bitmap).getText());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every session scans the code at once; the scans are sent without waiting, then all are awaited. */
    private static List<Scan> burst(List<BenchSession> sessions, URI url) {
        var scans = new ArrayList<CompletableFuture<Scan>>();
        for (var session : sessions) {
            scans.add(scan(session, url));
        }
        return scans.stream().map(CompletableFuture::join).toList();
    }

    private static CompletableFuture<Scan> scan(BenchSession session, URI url) {
        long start = System.nanoTime();
        var confirmed = new boolean[1];
        return session.get(url)
                .thenCompose(page -> {
                    var form = page.document().select("form[method=post]").stream()
                            .filter(f -> f.attr("action").contains("/check-in"))
                            .findFirst();
                    if (form.isEmpty()) {
                        return CompletableFuture.completedFuture(page);
                    }
                    confirmed[0] = true;
                    return session.post(URI.create(form.get().absUrl("action")), BenchSession.hiddenInputs(form.get()));
                })
                .thenApply(page -> {
                    var marked = page.document().selectFirst("[data-outcome]");
                    String outcome =
                            marked == null ? "no outcome (" + page.status() + ")" : marked.attr("data-outcome");
                    long end = System.nanoTime();
                    return new Scan(outcome, confirmed[0], end - start, end);
                })
                .exceptionally(e -> {
                    long end = System.nanoTime();
                    return new Scan(
                            "failed: " + e.getCause().getClass().getSimpleName(), confirmed[0], end - start, end);
                });
    }

    private void report(String what, List<Scan> scans) {
        long first =
                scans.stream().mapToLong(s -> s.endedAt() - s.nanos()).min().orElse(0);
        long last = scans.stream().mapToLong(Scan::endedAt).max().orElse(0);
        double wall = seconds(last - first);
        var latencies = scans.stream().mapToLong(Scan::nanos).sorted().toArray();
        Map<String, Long> outcomes = new TreeMap<>();
        scans.forEach(s -> outcomes.merge(s.outcome(), 1L, Long::sum));
        long confirmed = scans.stream().filter(Scan::confirmed).count();
        print(
                "%s: %,d scans in %.2f s, %.0f scans/s; per scan p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                what,
                scans.size(),
                wall,
                scans.size() / wall,
                millis(percentile(latencies, 50)),
                millis(percentile(latencies, 99)),
                millis(latencies[latencies.length - 1]));
        print(
                "  outcomes: %s; %s",
                outcomes,
                confirmed == 0
                        ? "recorded on the GET of the code's address"
                        : String.format(Locale.ROOT, "%,d through the confirm form (GET, then POST)", confirmed));
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    private void print(String format, Object... values) {
        String line = String.format(Locale.ROOT, format, values);
        lines.add(line);
        System.out.println(line);
    }
}
