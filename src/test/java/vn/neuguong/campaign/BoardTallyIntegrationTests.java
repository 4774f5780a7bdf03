package vn.neuguong.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.IntegrationTest;
import vn.neuguong.organization.Organization;
import vn.neuguong.organization.OrganizationKind;
import vn.neuguong.organization.Organizations;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.Scope;
import vn.neuguong.organization.StructureChanges;
import vn.neuguong.shared.InvalidInputException;

/**
 * The board from the roll-up is the board of the plain statement: on a random tree (committees, wards, cells, units
 * the party leads), a term theme with two yearly campaigns and their obligations (lines due on the day or before it,
 * recurring periods, waiting for an event, done with evidence, by hand, late), random changes (creations,
 * fulfilments, un-fulfilments, deletions, due days moved, organizations moved, renamed and closed through the
 * organization module), random members in the cells, moved, away, exempt, no longer active ({@link
 * BoardMembersFixture}), folded or not, and random boards (node, day, period, units, overdue only, scope) compared
 * whole. The seed is printed on failure; {@code -Dboard.seed=...} replays it.
 */
@IntegrationTest
class BoardTallyIntegrationTests {

    private static final LocalDate FOUNDED = LocalDate.of(2023, 1, 1);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ComplianceBoard board;

    @Autowired
    BoardTally tally;

    @Autowired
    BoardTallyFold fold;

    @Autowired
    Organizations organizations;

    @Autowired
    StructureChanges changes;

    @Autowired
    Campaigns campaigns;

    @Autowired
    CampaignDrafts drafts;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    ApplicationEventPublisher events;

    private Random random;
    private final List<Organization> tree = new ArrayList<>();
    private final List<Long> requirements = new ArrayList<>();
    private final List<Long> campaignIds = new ArrayList<>();
    private long document;
    private int names;
    private LocalDate lastChange = LocalDate.of(2024, 1, 1);
    private int comparedByRollUp;
    private int compared;
    private int withMembers;
    private BoardMembersFixture members;

    @Test
    void theRollUpGivesThePlainStatementsBoardOnRandomTreesChangesAndDays() {
        for (int run = 0; run < Integer.getInteger("board.runs", 1); run++) {
            long seed = Long.getLong("board.seed", System.nanoTime());
            compareOnATree(seed);
        }
    }

    private void compareOnATree(long seed) {
        random = new Random(seed);
        tree.clear();
        requirements.clear();
        campaignIds.clear();
        compared = 0;
        comparedByRollUp = 0;
        withMembers = 0;
        lastChange = LocalDate.of(2024, 1, 1);
        try {
            build();
            members = new BoardMembersFixture(jdbc, random, "BT" + tree.get(0).id());
            members.add(cells(), 30 + random.nextInt(30));
            for (int round = 0; round < 7; round++) {
                change();
                members.change(cells());
                if (random.nextBoolean()) {
                    fold.fold();
                }
                for (int i = 0; i < 20; i++) {
                    compareOneBoard();
                }
            }
            fold.fold();
            for (int i = 0; i < 20; i++) {
                compareOneBoard();
            }
        } catch (AssertionError | RuntimeException e) {
            throw new AssertionError(
                    "board roll-up, seed " + seed + " (replay with -Dboard.seed=" + seed + "): " + e, e);
        } finally {
            if (members != null) {
                members.remove();
            }
        }
        System.out.printf(
                "board roll-up, seed %d: %d boards compared, %d answered by the roll-up%n",
                seed, compared, comparedByRollUp);
        assertThat(compared).isEqualTo(160);
        assertThat(withMembers)
                .as("boards counting members on their day, seed " + seed)
                .isGreaterThan(compared / 4);
        assertThat(comparedByRollUp)
                .as("boards the roll-up answered (the others were of a day before a change), seed " + seed)
                .isGreaterThan(compared / 5);
    }

    @Test
    void aFoldMovesTheDeltasIntoTheBaseAndChangesNoFigure() {
        random = new Random(7);
        build();
        members = new BoardMembersFixture(jdbc, random, "BF" + tree.get(0).id());
        try {
            foldChangesNoFigure();
        } finally {
            members.remove();
        }
    }

    private void foldChangesNoFigure() {
        members.add(cells(), 40);
        fold.fold();
        assertThat(pendingDeltas()).isZero();
        jdbc.sql(
                        "UPDATE obligation SET fulfilled_on = due_on, note = 'x' WHERE campaign_id = :c AND fulfilled_on IS NULL")
                .param("c", campaignIds.get(1))
                .update();
        assertThat(pendingDeltas()).isPositive();
        var before = compute(campaignIds.get(0), tree.get(0).id(), BoardQuery.of(LocalDate.of(2026, 1, 1), false));
        assertThat(fold.fold()).isPositive();
        assertThat(pendingDeltas()).isZero();
        var after = compute(campaignIds.get(0), tree.get(0).id(), BoardQuery.of(LocalDate.of(2026, 1, 1), false));
        assertThat(after).isEqualTo(before);
        assertThat(after.subtree().total().total()).isPositive();
        assertThat(after.subtree().membersOnRoll()).isPositive();
        members.change(cells());
        assertThat(pendingMemberDeltas()).isPositive();
        var changed = compute(campaignIds.get(0), tree.get(0).id(), BoardQuery.of(LocalDate.of(2026, 1, 1), false));
        fold.fold();
        assertThat(pendingMemberDeltas()).isZero();
        assertThat(compute(campaignIds.get(0), tree.get(0).id(), BoardQuery.of(LocalDate.of(2026, 1, 1), false)))
                .isEqualTo(changed);
    }

    private long pendingMemberDeltas() {
        return jdbc.sql("SELECT count(*) FROM board_member_delta WHERE path <@ CAST(:root AS ltree)")
                .param("root", tree.get(0).path())
                .query(Long.class)
                .single();
    }

    private long pendingDeltas() {
        return jdbc.sql("SELECT count(*) FROM board_tally_delta WHERE campaign_id IN (:c)")
                .param("c", campaignIds)
                .query(Long.class)
                .single();
    }

    private void build() {
        var root = create(null, OrganizationKind.COMMITTEE, "Tỉnh ủy");
        document = new CampaignFixtures(jdbc, campaigns, drafts, transaction, events)
                .document(root.id(), "TT", LocalDate.of(2023, 12, 1), List.of());
        for (int d = 0; d < 2 + random.nextInt(2); d++) {
            var district = create(root, OrganizationKind.COMMITTEE, "Quận ủy");
            if (random.nextBoolean()) {
                create(district, OrganizationKind.FRONT, "Ủy ban MTTQ");
            }
            for (int w = 0; w < 1 + random.nextInt(3); w++) {
                var ward = create(district, OrganizationKind.GRASSROOTS_COMMITTEE, "Đảng ủy phường");
                if (random.nextInt(3) == 0) {
                    create(ward, OrganizationKind.MASS_ORGANIZATION, "Đoàn Thanh niên");
                }
                for (int c = 0; c < 1 + random.nextInt(4); c++) {
                    create(ward, OrganizationKind.CELL, "Chi bộ");
                }
            }
        }
        long term = campaign(null, LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31));
        campaign(term, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        campaign(term, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
        insertObligations(60 + random.nextInt(60));
    }

    private Organization create(Organization parent, OrganizationKind kind, String level) {
        int n = ++names;
        var organization = organizations.create(
                new NewOrganization(
                        parent == null ? null : parent.id(),
                        kind,
                        level,
                        level + " thử " + n + " " + random.nextInt(1000),
                        "BT" + n,
                        null,
                        FOUNDED),
                Scope.everything());
        tree.add(organization);
        return organization;
    }

    private long campaign(Long term, LocalDate startsOn, LocalDate endsOn) {
        long id = jdbc.sql("INSERT INTO campaign (title, directing_document_id, owner_id, starts_on, ends_on, status,"
                        + " launched_on, term_campaign_id) VALUES ('Đợt thử ' || :n, :doc, :owner, :s, :e, 'LAUNCHED',"
                        + " :s, :term) RETURNING id")
                .param("n", ++names)
                .param("doc", document)
                .param("owner", tree.get(0).id())
                .param("s", startsOn)
                .param("e", endsOn)
                .param("term", term)
                .query(Long.class)
                .single();
        campaignIds.add(id);
        for (int position = 0; position < 3; position++) {
            boolean monthly = position == 2;
            requirements.add(jdbc.sql("INSERT INTO campaign_requirement (campaign_id, position, kind, applies_to,"
                            + " due_on, recurrence, due_day_on_time) VALUES (:c, :p, :k, 'ALL', :due, :r, :onTime)"
                            + " RETURNING id")
                    .param("c", id)
                    .param("p", position)
                    .param("k", monthly ? "PERIODIC_REPORT" : position == 0 ? "ISSUE_PLAN" : "HOLD_CONFERENCE")
                    .param("due", endsOn)
                    .param("r", monthly ? "MONTHLY" : "ONCE")
                    .param("onTime", random.nextBoolean())
                    .query(Long.class)
                    .single());
        }
        return id;
    }

    private LocalDate day(LocalDate from, int days) {
        return from.plusDays(random.nextInt(days));
    }

    /** Obligations of random lines and organizations, one statement (a launch writes them in one too). */
    private void insertObligations(int count) {
        if (count == 0) {
            return;
        }
        var values = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            long requirement = requirements.get(random.nextInt(requirements.size()));
            long organization = tree.get(random.nextInt(tree.size())).id();
            LocalDate due = day(LocalDate.of(2024, 1, 1), 1000);
            String period = "NULL, NULL";
            if (requirements.indexOf(requirement) % 3 == 2) {
                LocalDate month = LocalDate.of(2024, 1, 1).plusMonths(random.nextInt(30));
                period = "DATE '" + month + "', DATE '" + month.plusMonths(1).minusDays(1) + "'";
                due = month.plusMonths(1).plusDays(9);
            }
            String fulfilled = "NULL, NULL, NULL, NULL";
            if (random.nextInt(3) > 0) {
                LocalDate on = due.plusDays(random.nextInt(40) - 30);
                fulfilled = "DATE '" + on + "', " + (random.nextBoolean() ? document : "NULL") + ", 'xong', "
                        + (random.nextInt(4) == 0 ? "'k" + i + "'" : "NULL");
            }
            values.add("(" + requirement + ", " + organization + ", DATE '" + due + "', " + fulfilled + ", " + period
                    + ", " + (random.nextInt(5) == 0) + ", " + random.nextBoolean() + ")");
        }
        jdbc.sql("INSERT INTO obligation (campaign_id, requirement_id, organization_id, kind, due_on, fulfilled_on,"
                        + " evidence_document_id, note, attachment_key, period_starts_on, period_ends_on,"
                        + " awaiting_event, due_day_on_time) SELECT r.campaign_id, v.requirement, v.organization,"
                        + " r.kind, v.due, CAST(v.fulfilled AS date), CAST(v.evidence AS bigint), v.note,"
                        + " CAST(v.attachment AS text), CAST(v.ps AS date), CAST(v.pe AS date), v.awaiting,"
                        + " v.on_time FROM (VALUES " + String.join(", ", values) + ") v (requirement, organization,"
                        + " due, fulfilled, evidence, note, attachment, ps, pe, awaiting, on_time)"
                        + " JOIN campaign_requirement r ON r.id = v.requirement ON CONFLICT DO NOTHING")
                .update();
    }

    private void change() {
        insertObligations(random.nextInt(30));
        var ids = jdbc.sql("SELECT id FROM obligation WHERE campaign_id IN (:c) ORDER BY id")
                .param("c", campaignIds)
                .query(Long.class)
                .list();
        var values = new ArrayList<String>();
        for (long id : ids) {
            if (random.nextInt(8) == 0) {
                values.add("(" + id + ", " + random.nextInt(5) + ", " + (random.nextInt(40) - 30) + ", "
                        + random.nextBoolean() + ")");
            }
        }
        if (values.isEmpty()) {
            return;
        }
        String chosen = " FROM (VALUES " + String.join(", ", values) + ") v (id, what, shift, flag)"
                + " WHERE ob.id = v.id AND v.what = ";
        jdbc.sql("UPDATE obligation ob SET fulfilled_on = ob.due_on + v.shift, note = 'xong', attachment_key ="
                        + " CASE WHEN v.flag THEN 'k' END" + chosen + "0")
                .update();
        jdbc.sql("UPDATE obligation ob SET fulfilled_on = NULL, note = NULL, evidence_document_id = NULL,"
                        + " attachment_key = NULL" + chosen + "1")
                .update();
        jdbc.sql("UPDATE obligation ob SET due_on = ob.due_on + v.shift, due_day_on_time = v.flag,"
                        + " awaiting_event = NOT ob.awaiting_event" + chosen + "2")
                .update();
        jdbc.sql("UPDATE obligation ob SET note = 'ghi chú', version = ob.version + 1" + chosen + "3 AND"
                        + " ob.fulfilled_on IS NOT NULL")
                .update();
        jdbc.sql("DELETE FROM obligation ob USING (VALUES " + String.join(", ", values)
                        + ") v (id, what, shift, flag) WHERE ob.id = v.id AND v.what = 4")
                .update();
        int structure = random.nextInt(4);
        lastChange = lastChange.plusDays(1 + random.nextInt(120));
        if (structure == 0) {
            move(OrganizationKind.CELL, OrganizationKind.GRASSROOTS_COMMITTEE);
        } else if (structure == 1) {
            move(OrganizationKind.GRASSROOTS_COMMITTEE, OrganizationKind.COMMITTEE);
        } else if (structure == 2) {
            var cell = pick(OrganizationKind.CELL);
            cell.ifPresent(c -> {
                try {
                    changes.close(c.id(), new StructureChanges.Close(lastChange), Scope.everything());
                } catch (InvalidInputException stillHasMembers) {
                    // a cell with members on its roll is not closed: they are moved out first
                }
            });
        } else {
            var any = tree.get(random.nextInt(tree.size()));
            if (any.isOpen()) {
                changes.rename(
                        any.id(),
                        new StructureChanges.Rename(any.name() + " mới", null, lastChange),
                        Scope.everything());
            }
        }
        tree.replaceAll(o -> organizations.find(o.id(), Scope.everything()).orElseThrow());
    }

    private List<Long> cells() {
        return tree.stream()
                .filter(o -> o.kind() == OrganizationKind.CELL)
                .map(Organization::id)
                .toList();
    }

    private Optional<Organization> pick(OrganizationKind kind) {
        var open = tree.stream()
                .filter(o -> o.kind() == kind && o.isOpen() && o.parentId() != null)
                .toList();
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(random.nextInt(open.size())));
    }

    private void move(OrganizationKind kind, OrganizationKind parentKind) {
        var moving = pick(kind);
        if (moving.isEmpty()) {
            return;
        }
        var parents = tree.stream()
                .filter(o -> o.kind() == parentKind
                        && o.isOpen()
                        && !Long.valueOf(o.id()).equals(moving.get().parentId())
                        && o.id() != moving.get().id())
                .toList();
        if (!parents.isEmpty()) {
            var parent = parents.get(random.nextInt(parents.size()));
            changes.move(moving.get().id(), new StructureChanges.Move(parent.id(), lastChange), Scope.everything());
        }
    }

    private void compareOneBoard() {
        long campaignId = campaignIds.get(random.nextInt(campaignIds.size()));
        var node = tree.get(random.nextInt(tree.size()));
        LocalDate asOf = day(LocalDate.of(2023, 10, 1), 1400);
        var changeDay = members != null && random.nextInt(3) == 0 ? members.changeDay() : null;
        if (changeDay != null) {
            // about a day a member's count changes on: the day's own events are counted, the next day's not yet
            asOf = changeDay.plusDays(random.nextInt(3) - 1);
        }
        var periods = jdbc.sql("SELECT DISTINCT period_starts_on FROM obligation WHERE campaign_id IN (SELECT id FROM"
                        + " campaign WHERE id = :c OR term_campaign_id = :c) AND period_starts_on IS NOT NULL")
                .param("c", campaignId)
                .query(LocalDate.class)
                .list();
        LocalDate period =
                periods.isEmpty() || random.nextBoolean() ? null : periods.get(random.nextInt(periods.size()));
        var query = new BoardQuery(
                asOf,
                random.nextInt(4) == 0,
                period,
                random.nextBoolean() ? BoardQuery.Units.ALL : BoardQuery.Units.PARTY,
                null);
        var scope = random.nextBoolean()
                ? Scope.everything()
                : Scope.below(tree.get(0).id());
        var campaign = campaigns.get(campaignId, Scope.everything());
        var lines = campaigns.requirements(campaignId);
        var plain = board.compute(campaign, lines, node.id(), query, scope, false);
        var rolledUp = board.compute(campaign, lines, node.id(), query, scope, true);
        assertThat(rolledUp)
                .as("board of campaign %d at %d (%s), %s", campaignId, node.id(), node.name(), query)
                .isEqualTo(plain);
        compared++;
        if (plain.subtree().membersOnRoll() > 0) {
            withMembers++;
        }
        if (tally.reach(campaign, rolledUp.node(), query, scope).isPresent()) {
            comparedByRollUp++;
        }
    }

    private ComplianceBoard.Board compute(long campaignId, long node, BoardQuery query) {
        return board.compute(
                campaigns.get(campaignId, Scope.everything()),
                campaigns.requirements(campaignId),
                node,
                query,
                Scope.everything(),
                true);
    }
}
