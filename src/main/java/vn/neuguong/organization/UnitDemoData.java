package vn.neuguong.organization;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.organization.Organizations.NewOrganization;

/**
 * The units the demo committees lead, after the party tree (article 000: "Mặt trận Tổ quốc và các đoàn thể chính trị
 * – xã hội quận", the HĐND and UBND of the district): the Fatherland Front and the socio-political organizations of
 * Quận ủy Đống Đa and of phường Kim Liên (no Hội Nông dân in an urban ward), the Đống Đa People's Council, and the
 * People's Committee and Council of phường Bồ Đề (article 001). Each is created once, by its name under its committee.
 */
@Component
@Profile("seed")
@Order(11)
class UnitDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(UnitDemoData.class);

    static final String DONG_DA = "Quận ủy Đống Đa";
    static final String WARD = "Đảng ủy phường Kim Liên";
    static final String BO_DE = "Đảng ủy phường Bồ Đề";

    /** A unit to create under a committee. */
    record Unit(OrganizationKind kind, String level, String name, String code) {}

    static final List<Unit> DONG_DA_UNITS = List.of(
            new Unit(OrganizationKind.FRONT, "Mặt trận cấp quận", "Ủy ban MTTQ Việt Nam quận Đống Đa", "MTTQ"),
            new Unit(OrganizationKind.MASS_ORGANIZATION, "Đoàn thể cấp quận", "Quận Đoàn Đống Đa", "QĐ"),
            new Unit(
                    OrganizationKind.MASS_ORGANIZATION,
                    "Đoàn thể cấp quận",
                    "Hội Liên hiệp Phụ nữ quận Đống Đa",
                    "HPN"),
            new Unit(
                    OrganizationKind.MASS_ORGANIZATION, "Đoàn thể cấp quận", "Hội Cựu chiến binh quận Đống Đa", "HCCB"),
            new Unit(
                    OrganizationKind.MASS_ORGANIZATION, "Đoàn thể cấp quận", "Liên đoàn Lao động quận Đống Đa", "LĐLĐ"),
            new Unit(
                    OrganizationKind.PEOPLES_COUNCIL,
                    "Chính quyền cấp quận",
                    "Hội đồng nhân dân quận Đống Đa",
                    "HĐND"));

    static final List<Unit> WARD_UNITS = List.of(
            new Unit(OrganizationKind.FRONT, "Mặt trận cấp phường", "Ủy ban MTTQ Việt Nam phường Kim Liên", "MTTQ"),
            new Unit(
                    OrganizationKind.MASS_ORGANIZATION,
                    "Đoàn thể cấp phường",
                    "Đoàn Thanh niên phường Kim Liên",
                    "ĐTN"),
            new Unit(
                    OrganizationKind.MASS_ORGANIZATION,
                    "Đoàn thể cấp phường",
                    "Hội Liên hiệp Phụ nữ phường Kim Liên",
                    "HPN"),
            new Unit(
                    OrganizationKind.MASS_ORGANIZATION,
                    "Đoàn thể cấp phường",
                    "Hội Cựu chiến binh phường Kim Liên",
                    "HCCB"));

    static final List<Unit> BO_DE_UNITS = List.of(
            new Unit(
                    OrganizationKind.PEOPLES_COMMITTEE,
                    "Chính quyền cấp phường",
                    "Ủy ban nhân dân phường Bồ Đề",
                    "UBND"),
            new Unit(
                    OrganizationKind.PEOPLES_COUNCIL,
                    "Chính quyền cấp phường",
                    "Hội đồng nhân dân phường Bồ Đề",
                    "HĐND"));

    private final Organizations organizations;
    private final TransactionTemplate transaction;

    UnitDemoData(Organizations organizations, TransactionTemplate transaction) {
        this.organizations = organizations;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            place(DONG_DA, DONG_DA_UNITS);
            place(WARD, WARD_UNITS);
            place(BO_DE, BO_DE_UNITS);
        });
    }

    private void place(String committeeName, List<Unit> units) {
        var committee = organizations.findOpenNamed(committeeName);
        if (committee.isEmpty()) {
            log.info("Unit demo data: {} is missing, its units are not created", committeeName);
            return;
        }
        long parentId = committee.get().id();
        for (var unit : units) {
            if (organizations.findByName(parentId, unit.name()).isEmpty()) {
                organizations.create(
                        new NewOrganization(
                                parentId,
                                unit.kind(),
                                unit.level(),
                                unit.name(),
                                unit.code(),
                                null,
                                OrganizationDemoData.FOUNDED),
                        Scope.everything());
            }
        }
    }
}
