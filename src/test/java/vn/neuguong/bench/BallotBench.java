package vn.neuguong.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a test: the client of {@code bench/ballot/run.sh}, run as a plain program against an application it did not
 * start. As the admin (a bearer token) it creates a feedback round on two leaders and two criteria, opens it, and
 * puts {@code count} slips' credentials on it the way the slips are kept (the SHA-256 of the code and of a short
 * code, straight into {@code ballot_credential}: the printed PDF is the only other copy). Then every voter casts at
 * once through the session-less {@code POST /api/v1/ballot-rounds/{id}/ballots}, each with ratings drawn from its
 * number; then 50 used credentials are sent again (each must be refused), the round is closed and its results read
 * and compared, per leader, criterion and rating, with what was sent. Exits 1 when they differ.
 *
 * <p>Arguments: {@code baseUrl token jdbcUrl count organizationId orderedById leaderMemberId leaderMemberId out}.
 */
public final class BallotBench {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final List<String> SCALE = List.of("Tốt", "Khá", "Trung bình", "Kém");
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int RESENT = 50;

    /** One cast: the status answered, how long it took, when it ended. */
    /** One cast: its HTTP status, or -1 with the client's failure when no answer came. */
    record Cast(int status, long nanos, long endedAt, String failure) {}

    private final List<String> lines = new ArrayList<>();
    private final JsonMapper json = JsonMapper.builder().build();
    private HttpClient http;
    private URI base;
    private String token;

    public static void main(String[] args) throws Exception {
        System.exit(new BallotBench().run(args) ? 0 : 1);
    }

    private boolean run(String[] args) throws Exception {
        base = URI.create(args[0]);
        token = args[1];
        int count = Integer.parseInt(args[3]);
        var pool = Executors.newFixedThreadPool(16);
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30))
                .executor(pool)
                .build();
        try {
            long round = createAndOpen(count, Long.parseLong(args[4]), Long.parseLong(args[5]), args[6], args[7]);
            var detail = json.readTree(send(api("/" + round).GET()).body()).path("questionnaire");
            var leaders = ids(detail.path("leaders"));
            var criteria = ids(detail.path("criteria"));
            var credentials = issue(args[2], round, count);
            print(
                    "ballot bench: %,d voters, round %d at %s, %d leaders x %d criteria on a scale of %d",
                    count, round, base, leaders.size(), criteria.size(), SCALE.size());

            var bodies = new ArrayList<String>();
            int[][][] sent = new int[leaders.size()][criteria.size()][SCALE.size()];
            for (int voter = 0; voter < count; voter++) {
                var ratings = new ArrayList<Map<String, Object>>();
                for (int l = 0; l < leaders.size(); l++) {
                    for (int c = 0; c < criteria.size(); c++) {
                        int rating = rating(voter, l, c);
                        sent[l][c][rating - 1]++;
                        ratings.add(
                                Map.of("leaderId", leaders.get(l), "criterionId", criteria.get(c), "rating", rating));
                    }
                }
                bodies.add(json.writeValueAsString(
                        Map.of("credential", credentials.get(voter), "answers", Map.of("ratings", ratings))));
            }
            var casts = burst(round, bodies);
            long accepted = report("ballots, all at once", casts);
            print("  reference: the target, %,d ballots within a conference's voting break (60 s)", count);
            int resent = Math.min(RESENT, count);
            var again = burst(round, bodies.subList(0, resent));
            long refused = again.stream().filter(c -> c.status() == 409).count();
            report("used credentials sent again", again);

            var closing = api("/" + round + "/closing")
                    .header("If-Match", etag(round))
                    .POST(HttpRequest.BodyPublishers.noBody());
            expect(send(closing), 200, "closing");
            var results =
                    json.readTree(expect(send(api("/" + round + "/results").GET()), 200, "results"));
            boolean equal = compare(results, leaders, criteria, sent, accepted, casts.size());
            print(
                    "tally: %d responses for %d accepted casts; %s; used credentials refused %d of %d",
                    results.path("responses").asInt(),
                    accepted,
                    equal ? "equal to what was sent" : "DIFFERS",
                    refused,
                    resent);
            Files.write(Path.of(args[8]), lines, StandardCharsets.UTF_8);
            return equal && refused == resent;
        } finally {
            pool.shutdownNow();
        }
    }

    private long createAndOpen(int count, long organization, long orderedBy, String leader1, String leader2) {
        var now = OffsetDateTime.now();
        String round = """
                {"title": "Lấy ý kiến góp ý thử tải", "periodLabel": "Năm %d", "kind": "FEEDBACK",
                 "organizationId": %d, "orderedById": %d, "scale": %s, "opensAt": "%s", "closesAt": "%s",
                 "minResponses": 1, "leaders": [{"memberId": %s, "post": "Bí thư"}, {"memberId": %s, "post": "Phó Bí thư"}],
                 "criteria": [{"text": "Phẩm chất chính trị, đạo đức, lối sống"},
                              {"text": "Kết quả thực hiện chức trách, nhiệm vụ"}],
                 "electorate": [{"kind": "GUEST", "guestLabel": "Cử tri thử tải", "guestCount": %d}]}
                """.formatted(
                        now.getYear(),
                        organization,
                        orderedBy,
                        json.writeValueAsString(SCALE),
                        now.minusMinutes(1),
                        now.plusHours(2),
                        Long.parseLong(leader1),
                        Long.parseLong(leader2),
                        count);
        var created = send(
                api("").header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(round)));
        long id = json.readTree(expect(created, 201, "creating the round"))
                .path("round")
                .path("id")
                .asLong();
        var opening = api("/" + id + "/opening")
                .header("If-Match", created.headers().firstValue("ETag").orElseThrow())
                .POST(HttpRequest.BodyPublishers.noBody());
        expect(send(opening), 200, "opening");
        return id;
    }

    /** Fresh slip codes whose hashes go where the application keeps a slip's; the codes stay here. */
    private static List<String> issue(String jdbcUrl, long round, int count) throws Exception {
        var random = new SecureRandom();
        var codes = new ArrayList<String>(count);
        try (var db = DriverManager.getConnection(jdbcUrl, "postgres", "");
                var insert = db.prepareStatement(
                        "INSERT INTO ballot_credential (hash, round_id, short_hash) VALUES (?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                String code = code(random, 26);
                insert.setBytes(1, sha256(code));
                insert.setLong(2, round);
                insert.setBytes(3, sha256(code(random, 10)));
                insert.addBatch();
                codes.add(code);
            }
            insert.executeBatch();
            try (var issued =
                    db.prepareStatement("UPDATE ballot_round SET slips_issued = slips_issued + ? WHERE id = ?")) {
                issued.setInt(1, count);
                issued.setLong(2, round);
                issued.executeUpdate();
            }
        }
        return codes;
    }

    /** Every ballot is sent without waiting, then all are awaited. */
    private List<Cast> burst(long round, List<String> bodies) {
        var casts = new ArrayList<CompletableFuture<Cast>>();
        for (var body : bodies) {
            var request = HttpRequest.newBuilder(base.resolve("/api/v1/ballot-rounds/" + round + "/ballots"))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build();
            long start = System.nanoTime();
            casts.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(r -> new Cast(r.statusCode(), System.nanoTime() - start, System.nanoTime(), null))
                    .exceptionally(e -> new Cast(-1, System.nanoTime() - start, System.nanoTime(), failure(e))));
        }
        return casts.stream().map(CompletableFuture::join).toList();
    }

    private static String failure(Throwable thrown) {
        var cause = thrown.getCause() != null ? thrown.getCause() : thrown;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private boolean compare(
            JsonNode results, List<Long> leaders, List<Long> criteria, int[][][] sent, long accepted, int cast) {
        boolean equal = accepted == cast && results.path("responses").asLong() == accepted;
        for (var leader : results.path("leaders")) {
            int l = leaders.indexOf(leader.path("leaderId").asLong());
            for (var criterion : leader.path("criteria")) {
                int c = criteria.indexOf(criterion.path("criterionId").asLong());
                var counts = new ArrayList<Integer>();
                criterion.path("shares").forEach(s -> counts.add(s.path("count").asInt()));
                var expected = new ArrayList<Integer>();
                for (int n : sent[l][c]) {
                    expected.add(n);
                }
                boolean same =
                        counts.equals(expected) && criterion.path("answered").asLong() == accepted;
                print(
                        "  leader %d, criterion %d: counted %s, sent %s%s",
                        leaders.get(l), criteria.get(c), counts, expected, same ? "" : "  <- differs");
                equal &= same;
            }
        }
        return equal && results.path("leaders").size() == leaders.size();
    }

    /** The rating voter {@code voter} gives leader {@code l} on criterion {@code c}, 1 for the scale's first. */
    private static int rating(int voter, int l, int c) {
        return 1 + Math.floorMod(voter * 7 + l * 3 + c * 5 + voter / 3, SCALE.size());
    }

    private String etag(long round) {
        return send(api("/" + round).GET()).headers().firstValue("ETag").orElseThrow();
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(base.resolve("/api/v1/ballot-rounds" + path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .join();
    }

    private static String expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static List<Long> ids(JsonNode array) {
        var ids = new ArrayList<Long>();
        array.forEach(node -> ids.add(node.path("id").asLong()));
        return ids;
    }

    private long report(String what, List<Cast> casts) {
        long first =
                casts.stream().mapToLong(c -> c.endedAt() - c.nanos()).min().orElse(0);
        long last = casts.stream().mapToLong(Cast::endedAt).max().orElse(0);
        double wall = (last - first) / 1e9;
        var latencies = casts.stream().mapToLong(Cast::nanos).sorted().toArray();
        Map<Integer, Long> statuses = new TreeMap<>();
        casts.forEach(c -> statuses.merge(c.status(), 1L, Long::sum));
        print(
                "%s: %,d casts in %.2f s, %.0f casts/s; per cast p50 %.0f ms, p99 %.0f ms, max %.0f ms",
                what,
                casts.size(),
                wall,
                casts.size() / wall,
                percentile(latencies, 50) / 1e6,
                percentile(latencies, 99) / 1e6,
                latencies[latencies.length - 1] / 1e6);
        long accepted = statuses.getOrDefault(204, 0L);
        print("  statuses: %s; accepted %,d, refused %,d", statuses, accepted, casts.size() - accepted);
        Map<String, Long> failures = new TreeMap<>();
        casts.stream().filter(c -> c.failure() != null).forEach(c -> failures.merge(c.failure(), 1L, Long::sum));
        failures.forEach((failure, times) -> print("  no answer (%,d): %s", times, failure));
        return accepted;
    }

    private static long percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String code(SecureRandom random, int length) {
        var code = new char[length];
        for (int i = 0; i < length; i++) {
            code[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }

    private static byte[] sha256(String code) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
    }

    private void print(String format, Object... values) {
        String line = String.format(Locale.ROOT, format, values);
        lines.add(line);
        System.out.println(line);
    }
}
