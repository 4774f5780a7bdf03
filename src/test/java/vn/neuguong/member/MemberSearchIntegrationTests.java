package vn.neuguong.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.neuguong.IntegrationTest;
import vn.neuguong.shared.Actor;
import vn.neuguong.shared.PageRequest;

/** The roster search's two ways to a page and one's own record outside the scope. */
@IntegrationTest
class MemberSearchIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    MemberSearch search;

    MemberTestSupport support;

    @BeforeEach
    void setUp() {
        support = new MemberTestSupport(accounts, jdbc);
    }

    @Test
    void walkingTheNameIndexGivesTheSamePagesAsSortingTheScope() {
        var staff = support.actor("dongda.tuyengiao");
        var walking = new MemberSearch(jdbc, 1);
        var sorting = new MemberSearch(jdbc, Long.MAX_VALUE);
        for (int page = 1; page <= 3; page++) {
            var request = PageRequest.of(page, 20, 20, 200);
            var walked = walking.search(MemberQuery.all(), request, staff);
            var sorted = sorting.search(MemberQuery.all(), request, staff);
            assertThat(walked.total()).isEqualTo(sorted.total()).isGreaterThan(60);
            assertThat(walked.items()).extracting(Member::id).isEqualTo(ids(sorted.items()));
        }
        var active = new MemberQuery(null, null, MemberStatus.ACTIVE);
        assertThat(ids(walking.search(active, PageRequest.first(20), staff).items()))
                .isEqualTo(
                        ids(sorting.search(active, PageRequest.first(20), staff).items()));
    }

    @Test
    void ownRecordOutsideTheScopeIsCountedOnceAndListedInItsPlace() {
        var ward = support.actor("vanmieu.vanphong");
        long outsider = support.plainMember("Quốc Tử Giám", 1);
        var staffOutside = withMember(ward, outsider);
        var staffInside = withMember(ward, support.plainMember("Văn Miếu", 1));
        long inWard =
                search.search(MemberQuery.all(), PageRequest.first(20), ward).total();

        assertThat(search.search(MemberQuery.all(), PageRequest.first(20), staffInside)
                        .total())
                .isEqualTo(inWard);
        var all = everything(search, staffOutside);
        assertThat(all).hasSize((int) inWard + 1);
        assertThat(ids(all)).containsOnlyOnce(outsider);
        assertThat(ids(all))
                .isEqualTo(jdbc.sql("SELECT id FROM member WHERE id IN (:ids) ORDER BY full_name COLLATE vi_icu, id")
                        .param("ids", ids(all))
                        .query(Long.class)
                        .list());
        for (var walkFrom : List.of(1L, Long.MAX_VALUE)) {
            assertThat(ids(everything(new MemberSearch(jdbc, walkFrom), staffOutside)))
                    .isEqualTo(ids(all));
        }
        String name = all.stream()
                .filter(m -> m.id() == outsider)
                .findFirst()
                .orElseThrow()
                .fullName();
        var found = search.search(new MemberQuery(name, null, null), PageRequest.first(20), staffOutside);
        assertThat(ids(found.items())).containsOnlyOnce(outsider);
        assertThat(found.total()).isEqualTo(found.items().size());
    }

    /** Every page of the whole list, 50 at a time, each page's total checked against the members listed. */
    private static List<Member> everything(MemberSearch search, Actor actor) {
        var members = new java.util.ArrayList<Member>();
        for (int page = 1; ; page++) {
            var result = search.search(MemberQuery.all(), PageRequest.of(page, 50, 20, 200), actor);
            members.addAll(result.items());
            if (!result.hasNext()) {
                assertThat(members).hasSize((int) result.total());
                return members;
            }
        }
    }

    private static Actor withMember(Actor actor, long memberId) {
        return new Actor(
                actor.accountId(),
                actor.username(),
                actor.displayName(),
                actor.roles(),
                actor.staffOrganizationIds(),
                actor.secretaryCellIds(),
                memberId);
    }

    private static List<Long> ids(List<Member> members) {
        return members.stream().map(Member::id).toList();
    }
}
