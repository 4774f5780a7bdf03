package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.organization.CommitteeTerms.NewTerm;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Rename;

/**
 * The demo's one structural change of the kind the 2025 reform made: on 1 July 2025 the wards Bồ Đề and Ngọc Lâm of
 * Long Biên merge into one new ward committee, which keeps the name Bồ Đề. It runs last, after every part that
 * records 2023–2024 facts in the two wards, and goes through {@link StructureChanges#merge}, so the periods, the
 * members' stays, the officers' posts, the accounts (which follow {@link OrganizationSucceeded}) and the audit log are
 * as a real merge leaves them. Ngọc Lâm's residential-group cells are renumbered after Bồ Đề's on the same day, as a
 * merged ward numbers its groups anew, and the new committee holds its first congress in August 2025 (dates chosen
 * to be plausible). A database where the merge is done already is left alone.
 */
@Component
@Profile("seed")
@Order(100)
class StructureChangeDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(StructureChangeDemoData.class);

    static final LocalDate MERGED_ON = LocalDate.of(2025, 7, 1);
    static final String DISTRICT = "Quận ủy Long Biên";
    static final List<String> SOURCES = List.of("Đảng ủy phường Bồ Đề", "Đảng ủy phường Ngọc Lâm");
    static final String MERGED = "Đảng ủy phường Bồ Đề";

    private final Organizations organizations;
    private final StructureChanges changes;
    private final CommitteeTerms terms;
    private final TransactionTemplate transaction;

    StructureChangeDemoData(
            Organizations organizations,
            StructureChanges changes,
            CommitteeTerms terms,
            TransactionTemplate transaction) {
        this.organizations = organizations;
        this.changes = changes;
        this.terms = terms;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> merge());
    }

    private void merge() {
        var district = organizations
                .findByName(null, "Thành ủy Hà Nội")
                .flatMap(hanoi -> organizations.findByName(hanoi.id(), DISTRICT));
        var sources = SOURCES.stream()
                .map(name -> district.flatMap(d -> organizations.findByName(d.id(), name)))
                .toList();
        if (sources.stream().anyMatch(source -> source.isEmpty())) {
            log.info("Structure change demo data skipped: the wards of {} are merged already or missing", DISTRICT);
            return;
        }
        var all = Scope.everything();
        var renumbered = organizations.children(sources.get(1).get().id(), all);
        int first = organizations.children(sources.get(0).get().id(), all).size() + 1;
        var merged = changes.merge(
                new Merge(
                        sources.stream().map(source -> source.get().id()).toList(),
                        null,
                        null,
                        null,
                        MERGED,
                        "ĐU",
                        "Long Biên, Hà Nội",
                        MERGED_ON),
                all);
        for (int i = 0; i < renumbered.size(); i++) {
            var cell = renumbered.get(i);
            if (cell.kind() == OrganizationKind.CELL && cell.name().startsWith("Chi bộ Tổ dân phố số ")) {
                changes.rename(cell.id(), new Rename("Chi bộ Tổ dân phố số " + (first + i), null, MERGED_ON), all);
            }
        }
        terms.record(merged.id(), new NewTerm(1, LocalDate.of(2025, 8, 5), LocalDate.of(2025, 8, 6)), all);
        log.info("Structure change demo data: {} merged into {} on {}", SOURCES, MERGED, MERGED_ON);
    }
}
