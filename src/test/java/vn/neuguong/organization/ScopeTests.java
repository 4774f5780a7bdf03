package vn.neuguong.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scope's conditions carry their roots: nothing for a query to bind, nothing of a request's in the text. */
class ScopeTests {

    @Test
    void conditionsNameTheRootsAndBindNothing() {
        var scope = new Scope(false, List.of(736L, 1204L));
        for (var condition : List.of(
                scope.covers("o.path"),
                scope.coversOrganization("m.cell_id"),
                scope.coversOrAbove("d.issuer_id"),
                scope.isRoot("o.id"))) {
            assertThat(condition).contains("736, 1204").doesNotContain(":");
        }
    }

    @Test
    void everythingAndNothing() {
        assertThat(Scope.everything().covers("o.path")).isEqualTo("TRUE");
        assertThat(Scope.everything().isRoot("o.id")).isEqualTo("FALSE");
        var none = new Scope(false, List.of());
        assertThat(none.covers("o.path")).isEqualTo("FALSE");
        assertThat(none.coversOrganization("m.cell_id")).isEqualTo("FALSE");
    }

    @Test
    void rootsAreCopiedAndNeverNull() {
        var roots = new java.util.ArrayList<>(List.of(5L));
        var scope = new Scope(false, roots);
        roots.add(6L);
        assertThat(scope.roots()).containsExactly(5L);
        assertThatThrownBy(() -> new Scope(false, Arrays.asList(5L, null))).isInstanceOf(NullPointerException.class);
    }
}
