package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.organization.CommitteeTerms.NewTerm;
import vn.neuguong.organization.Organizations.NewOrganization;

/**
 * The organizations of the seed articles: Thành ủy Hà Nội with Quận ủy Đống Đa (its Ban Tuyên giáo and 21 wards),
 * Long Biên with phường Bồ Đề, Thanh Xuân; Tỉnh ủy Hậu Giang with its Đảng ủy Khối. Loading it again adds nothing:
 * an organization is looked up by parent and name before it is created. Each committee gets its 2015 and 2020
 * congresses (the terms its documents are numbered in); the dates are plausible, not archival: Thành ủy Hà Nội XVI
 * (26–29/10/2015) and XVII (13–16/10/2020), Quận ủy Đống Đa XXVII and XXVIII, Long Biên IV and V, Thanh Xuân V and VI
 * in July–August of those years, Tỉnh ủy Hậu Giang XIII and XIV in October, the ward committees and the Đảng ủy
 * Khối in May–June. No district congress follows in 2025: the district level closed on 1/7/2025 instead.
 */
@Component
@Profile("seed")
@Order(10)
class OrganizationDemoData implements DemoDataRunner {

    static final LocalDate FOUNDED = LocalDate.of(2015, 1, 1);

    static final List<String> DONG_DA_WARDS = List.of(
            "Cát Linh",
            "Hàng Bột",
            "Khâm Thiên",
            "Khương Thượng",
            "Kim Liên",
            "Láng Hạ",
            "Láng Thượng",
            "Nam Đồng",
            "Ngã Tư Sở",
            "Ô Chợ Dừa",
            "Phương Liên",
            "Phương Mai",
            "Quang Trung",
            "Quốc Tử Giám",
            "Thịnh Quang",
            "Thổ Quan",
            "Trung Liệt",
            "Trung Phụng",
            "Trung Tự",
            "Văn Chương",
            "Văn Miếu");
    static final List<String> LONG_BIEN_WARDS = List.of("Bồ Đề", "Ngọc Lâm", "Gia Thụy");
    static final List<String> THANH_XUAN_WARDS = List.of("Thanh Xuân Trung", "Khương Đình", "Nhân Chính", "Hạ Đình");
    static final List<String> HAU_GIANG_BLOC_CELLS = List.of(
            "Chi bộ Sở Tài chính",
            "Chi bộ Sở Giáo dục và Đào tạo",
            "Chi bộ Sở Y tế",
            "Chi bộ Sở Tư pháp",
            "Chi bộ Công ty Điện lực Hậu Giang",
            "Chi bộ Ngân hàng Nhà nước chi nhánh tỉnh");

    private final Organizations organizations;
    private final CommitteeTerms terms;
    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    OrganizationDemoData(
            Organizations organizations, CommitteeTerms terms, TransactionTemplate transaction, JdbcClient jdbc) {
        this.organizations = organizations;
        this.terms = terms;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> load());
    }

    private void load() {
        var hanoi = ensure(
                null,
                OrganizationKind.COMMITTEE,
                "Thành ủy",
                "Thành ủy Hà Nội",
                "TU",
                "Số 2 Lê Lai, Hoàn Kiếm, Hà Nội");
        congress(hanoi, 16, LocalDate.of(2015, 10, 26), LocalDate.of(2015, 10, 29));
        congress(hanoi, 17, LocalDate.of(2020, 10, 13), LocalDate.of(2020, 10, 16));
        ensure(hanoi, OrganizationKind.DEPARTMENT, "Ban", "Ban Tuyên giáo Thành ủy", "BTGTU", null);
        ensure(hanoi, OrganizationKind.DEPARTMENT, "Ban", "Văn phòng Thành ủy", "VPTU", null);

        var dongDa = ensure(
                hanoi,
                OrganizationKind.COMMITTEE,
                "Quận ủy",
                "Quận ủy Đống Đa",
                "QU",
                "Số 1 Lý Văn Phức, Đống Đa, Hà Nội");
        congress(dongDa, 27, LocalDate.of(2015, 7, 14), LocalDate.of(2015, 7, 16));
        congress(dongDa, 28, LocalDate.of(2020, 8, 4), LocalDate.of(2020, 8, 6));
        ensure(dongDa, OrganizationKind.DEPARTMENT, "Ban", "Ban Tuyên giáo Quận ủy Đống Đa", "BTGQU", null);
        ensure(dongDa, OrganizationKind.DEPARTMENT, "Ban", "Văn phòng Quận ủy Đống Đa", "VPQU", null);
        DONG_DA_WARDS.forEach(ward -> ward(dongDa, ward, 4));

        var longBien =
                ensure(hanoi, OrganizationKind.COMMITTEE, "Quận ủy", "Quận ủy Long Biên", "QU", "Long Biên, Hà Nội");
        congress(longBien, 4, LocalDate.of(2015, 7, 21), LocalDate.of(2015, 7, 23));
        congress(longBien, 5, LocalDate.of(2020, 8, 11), LocalDate.of(2020, 8, 13));
        ensure(longBien, OrganizationKind.DEPARTMENT, "Ban", "Ban Tuyên giáo Quận ủy Long Biên", "BTGQU", null);
        LONG_BIEN_WARDS.forEach(ward -> ward(longBien, ward, 5));

        var thanhXuan =
                ensure(hanoi, OrganizationKind.COMMITTEE, "Quận ủy", "Quận ủy Thanh Xuân", "QU", "Thanh Xuân, Hà Nội");
        congress(thanhXuan, 5, LocalDate.of(2015, 7, 28), LocalDate.of(2015, 7, 30));
        congress(thanhXuan, 6, LocalDate.of(2020, 8, 18), LocalDate.of(2020, 8, 20));
        ensure(thanhXuan, OrganizationKind.DEPARTMENT, "Ban", "Ban Tuyên giáo Quận ủy Thanh Xuân", "BTGQU", null);
        THANH_XUAN_WARDS.forEach(ward -> ward(thanhXuan, ward, 4));

        var hauGiang =
                ensure(null, OrganizationKind.COMMITTEE, "Tỉnh ủy", "Tỉnh ủy Hậu Giang", "TU", "Vị Thanh, Hậu Giang");
        congress(hauGiang, 13, LocalDate.of(2015, 10, 13), LocalDate.of(2015, 10, 15));
        congress(hauGiang, 14, LocalDate.of(2020, 10, 14), LocalDate.of(2020, 10, 16));
        ensure(hauGiang, OrganizationKind.DEPARTMENT, "Ban", "Ban Tuyên giáo Tỉnh ủy Hậu Giang", "BTGTU", null);
        var bloc = ensure(
                hauGiang,
                OrganizationKind.GRASSROOTS_COMMITTEE,
                "Đảng ủy Khối",
                "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
                "ĐUK",
                "Vị Thanh, Hậu Giang");
        congress(bloc, 3, LocalDate.of(2015, 6, 24), LocalDate.of(2015, 6, 25));
        congress(bloc, 4, LocalDate.of(2020, 6, 23), LocalDate.of(2020, 6, 24));
        HAU_GIANG_BLOC_CELLS.forEach(cell -> ensure(bloc, OrganizationKind.CELL, "Chi bộ", cell, "CB", null));
    }

    private void ward(Organization district, String ward, int cells) {
        if (mergedAway(district, "Đảng ủy phường " + ward)) {
            return;
        }
        var committee = ensure(
                district,
                OrganizationKind.GRASSROOTS_COMMITTEE,
                "Đảng ủy phường",
                "Đảng ủy phường " + ward,
                "ĐU",
                null);
        congress(committee, 22, LocalDate.of(2015, 5, 20), LocalDate.of(2015, 5, 21));
        congress(committee, 23, LocalDate.of(2020, 6, 10), LocalDate.of(2020, 6, 11));
        for (int i = 1; i <= cells; i++) {
            ensure(committee, OrganizationKind.CELL, "Chi bộ", "Chi bộ Tổ dân phố số " + i, "CB", null);
        }
    }

    /** A ward that a merge closed ({@link StructureChangeDemoData}) is not founded again by a second load. */
    private boolean mergedAway(Organization district, String name) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organization WHERE parent_id = :parent AND name = :name"
                        + " AND successor_id IS NOT NULL)")
                .param("parent", district.id())
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    private Organization ensure(
            Organization parent, OrganizationKind kind, String level, String name, String code, String address) {
        Long parentId = parent == null ? null : parent.id();
        return organizations
                .findByName(parentId, name)
                .orElseGet(() -> organizations.create(
                        new NewOrganization(parentId, kind, level, name, code, address, FOUNDED), Scope.everything()));
    }

    private void congress(Organization committee, int ordinal, LocalDate openedOn, LocalDate closedOn) {
        if (terms.of(committee.id(), Scope.everything()).stream().noneMatch(t -> t.ordinal() == ordinal)) {
            terms.record(committee.id(), new NewTerm(ordinal, openedOn, closedOn), Scope.everything());
        }
    }
}
