package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Move;
import vn.neuguong.shared.ConflictException;
import vn.neuguong.shared.InvalidInputException;

/** Two structure changes at once that would each be fine alone: the tree stays a tree and nobody gets a 500. */
@IntegrationTest
class StructureRaceIntegrationTests {

    static final Scope ALL = Scope.everything();
    static final LocalDate JULY = LocalDate.of(2025, 7, 1);
    static final int ROUNDS = 8;

    @Autowired
    Organizations organizations;

    @Autowired
    StructureChanges changes;

    @Autowired
    JdbcClient jdbc;

    TestTree tree;
    Organization district;
    ExecutorService threads;

    @BeforeEach
    void buildTree() {
        tree = new TestTree(organizations, jdbc);
        district = tree.district("Quận ủy Đua tranh");
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stopThreads() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void movingEachOfTwoWardsUnderTheOtherAtOnceLeavesOneMovedAndNoCycle() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var a = tree.ward(district, "Đảng ủy phường A" + round);
            var b = tree.ward(district, "Đảng ủy phường B" + round);

            var outcomes = race(
                    () -> changes.move(a.id(), new Move(b.id(), JULY), ALL),
                    () -> changes.move(b.id(), new Move(a.id(), JULY), ALL));

            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("done", "refused");
            assertThat(jdbc.sql("""
                            SELECT count(*) FROM organization x JOIN organization y ON x.id = :a AND y.id = :b
                            WHERE x.path <@ y.path AND y.path <@ x.path""")
                            .param("a", a.id())
                            .param("b", b.id())
                            .query(Long.class)
                            .single())
                    .as("a cycle between the two wards")
                    .isZero();
            assertTreeConsistent();
        }
    }

    @Test
    void twoOppositeMergesAtOnceLeaveOneMergeAndNoDeadlock() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            var a = tree.ward(district, "Đảng ủy phường C" + round);
            var b = tree.ward(district, "Đảng ủy phường D" + round);

            var outcomes = race(
                    () -> changes.merge(new Merge(List.of(a.id()), b.id(), null, null, null, null, null, JULY), ALL),
                    () -> changes.merge(new Merge(List.of(b.id()), a.id(), null, null, null, null, null, JULY), ALL));

            assertThat(outcomes).as("round %d", round).containsExactlyInAnyOrder("done", "refused");
            assertThat(jdbc.sql("SELECT count(*) FROM organization WHERE id IN (:a, :b) AND closed_on IS NULL")
                            .param("a", a.id())
                            .param("b", b.id())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertTreeConsistent();
        }
    }

    /** Every organization's path is its parent's path followed by its own id. */
    private void assertTreeConsistent() {
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM organization c JOIN organization p ON p.id = c.parent_id
                        WHERE c.path <> p.path || c.id::text""").query(Long.class).single()).isZero();
    }

    /** Runs both at the same moment; each ends "done", "refused" (a clear input or conflict error) or its failure. */
    private List<String> race(Callable<?> first, Callable<?> second) throws Exception {
        var start = new CyclicBarrier(2);
        List<Future<String>> futures = new ArrayList<>();
        for (Callable<?> change : List.of(first, second)) {
            futures.add(threads.submit(() -> {
                start.await();
                try {
                    change.call();
                    return "done";
                } catch (InvalidInputException | ConflictException e) {
                    return "refused";
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (var future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
