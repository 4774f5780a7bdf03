package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.account.Scope;
import vn.neuguong.organization.Organizations.NewOrganization;

/**
 * The organizations of the seed articles: Thành ủy Hà Nội with Quận ủy Đống Đa (its Ban Tuyên giáo and 21 wards),
 * Long Biên with phường Bồ Đề, Thanh Xuân; Tỉnh ủy Hậu Giang with its Đảng ủy Khối. Loading it again adds nothing:
 * an organization is looked up by parent and name before it is created.
 */
@Component
@Profile("seed")
@Order(10)
class OrganizationDemoData implements ApplicationRunner {

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
    private final TransactionTemplate transaction;

    OrganizationDemoData(Organizations organizations, TransactionTemplate transaction) {
        this.organizations = organizations;
        this.transaction = transaction;
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
        ensure(hanoi, OrganizationKind.DEPARTMENT, "Ban", "Ban Tuyên giáo Thành ủy", "BTGTU", null);
        ensure(hanoi, OrganizationKind.DEPARTMENT, "Ban", "Văn phòng Thành ủy", "VPTU", null);

        var dongDa = ensure(
                hanoi,
                OrganizationKind.COMMITTEE,
                "Quận ủy",
                "Quận ủy Đống Đa",
                "QU",
                "Số 1 Lý Văn Phức, Đống Đa, Hà Nội");
        ensure(dongDa, OrganizationKind.DEPARTMENT, "Ban", "Ban Tuyên giáo Quận ủy Đống Đa", "BTGQU", null);
        ensure(dongDa, OrganizationKind.DEPARTMENT, "Ban", "Văn phòng Quận ủy Đống Đa", "VPQU", null);
        DONG_DA_WARDS.forEach(ward -> ward(dongDa, ward, 4));

        var longBien =
                ensure(hanoi, OrganizationKind.COMMITTEE, "Quận ủy", "Quận ủy Long Biên", "QU", "Long Biên, Hà Nội");
        ensure(longBien, OrganizationKind.DEPARTMENT, "Ban", "Ban Tuyên giáo Quận ủy Long Biên", "BTGQU", null);
        LONG_BIEN_WARDS.forEach(ward -> ward(longBien, ward, 5));

        var thanhXuan =
                ensure(hanoi, OrganizationKind.COMMITTEE, "Quận ủy", "Quận ủy Thanh Xuân", "QU", "Thanh Xuân, Hà Nội");
        ensure(thanhXuan, OrganizationKind.DEPARTMENT, "Ban", "Ban Tuyên giáo Quận ủy Thanh Xuân", "BTGQU", null);
        THANH_XUAN_WARDS.forEach(ward -> ward(thanhXuan, ward, 4));

        var hauGiang =
                ensure(null, OrganizationKind.COMMITTEE, "Tỉnh ủy", "Tỉnh ủy Hậu Giang", "TU", "Vị Thanh, Hậu Giang");
        ensure(hauGiang, OrganizationKind.DEPARTMENT, "Ban", "Ban Tuyên giáo Tỉnh ủy Hậu Giang", "BTGTU", null);
        var bloc = ensure(
                hauGiang,
                OrganizationKind.GRASSROOTS_COMMITTEE,
                "Đảng ủy Khối",
                "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh",
                "ĐUK",
                "Vị Thanh, Hậu Giang");
        HAU_GIANG_BLOC_CELLS.forEach(cell -> ensure(bloc, OrganizationKind.CELL, "Chi bộ", cell, "CB", null));
    }

    private void ward(Organization district, String ward, int cells) {
        var committee = ensure(
                district,
                OrganizationKind.GRASSROOTS_COMMITTEE,
                "Đảng ủy phường",
                "Đảng ủy phường " + ward,
                "ĐU",
                null);
        for (int i = 1; i <= cells; i++) {
            ensure(committee, OrganizationKind.CELL, "Chi bộ", "Chi bộ Tổ dân phố số " + i, "CB", null);
        }
    }

    private Organization ensure(
            Organization parent, OrganizationKind kind, String level, String name, String code, String address) {
        Long parentId = parent == null ? null : parent.id();
        return organizations
                .findByName(parentId, name)
                .orElseGet(() -> organizations.create(
                        new NewOrganization(parentId, kind, level, name, code, address, FOUNDED), Scope.everything()));
    }
}
