package vn.neuguong.member;

import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.neuguong.DemoDataRunner;
import vn.neuguong.organization.TreeSql;

/**
 * The heads of the demo units as persons with their posts, after the units and the members. The seed articles name
 * one of them: Nguyễn Anh Cường, Chủ tịch HĐND quận Đống Đa (article 004), who is also a party member; the other
 * names are invented (README, "Demo data"). Nothing is loaded when persons exist.
 */
@Component
@Profile("seed")
@Order(22)
class PersonDemoData implements DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonDemoData.class);
    static final LocalDate SINCE = LocalDate.of(2021, 7, 1);

    /** A person to keep with one post; {@code partyMember}: also the party member of that name (the seed's leader). */
    record Holder(
            boolean partyMember,
            String name,
            MemberGender gender,
            Integer birthYear,
            String organization,
            PostTitle title,
            String text) {}

    static final List<Holder> HOLDERS = List.of(
            new Holder(
                    true,
                    "Nguyễn Anh Cường",
                    MemberGender.MALE,
                    null,
                    "Hội đồng nhân dân quận Đống Đa",
                    PostTitle.CHAIR,
                    "Chủ tịch HĐND quận Đống Đa"),
            new Holder(
                    false,
                    "Lê Thị Thu Hằng",
                    MemberGender.FEMALE,
                    1972,
                    "Ủy ban MTTQ Việt Nam quận Đống Đa",
                    PostTitle.CHAIR,
                    "Chủ tịch Ủy ban MTTQ Việt Nam quận Đống Đa"),
            new Holder(
                    false,
                    "Phạm Quang Huy",
                    MemberGender.MALE,
                    1989,
                    "Quận Đoàn Đống Đa",
                    PostTitle.SECRETARY,
                    "Bí thư Quận Đoàn Đống Đa"),
            new Holder(
                    false,
                    "Nguyễn Thị Hồng Vân",
                    MemberGender.FEMALE,
                    1975,
                    "Hội Liên hiệp Phụ nữ quận Đống Đa",
                    PostTitle.CHAIR,
                    "Chủ tịch Hội LHPN quận Đống Đa"),
            new Holder(
                    false,
                    "Trần Văn Hòa",
                    MemberGender.MALE,
                    1960,
                    "Hội Cựu chiến binh quận Đống Đa",
                    PostTitle.CHAIR,
                    "Chủ tịch Hội CCB quận Đống Đa"),
            new Holder(
                    false,
                    "Đỗ Thị Minh Thu",
                    MemberGender.FEMALE,
                    1978,
                    "Liên đoàn Lao động quận Đống Đa",
                    PostTitle.CHAIR,
                    "Chủ tịch Liên đoàn Lao động quận Đống Đa"),
            new Holder(
                    false,
                    "Vũ Thị Thanh Nga",
                    MemberGender.FEMALE,
                    1970,
                    "Ủy ban MTTQ Việt Nam phường Kim Liên",
                    PostTitle.CHAIR,
                    "Chủ tịch Ủy ban MTTQ Việt Nam phường Kim Liên"),
            new Holder(
                    false,
                    "Hoàng Minh Đức",
                    MemberGender.MALE,
                    1994,
                    "Đoàn Thanh niên phường Kim Liên",
                    PostTitle.SECRETARY,
                    "Bí thư Đoàn phường Kim Liên"),
            new Holder(
                    false,
                    "Bùi Thị Lan",
                    MemberGender.FEMALE,
                    1976,
                    "Hội Liên hiệp Phụ nữ phường Kim Liên",
                    PostTitle.CHAIR,
                    "Chủ tịch Hội LHPN phường Kim Liên"),
            new Holder(
                    false,
                    "Ngô Văn Sơn",
                    MemberGender.MALE,
                    1958,
                    "Hội Cựu chiến binh phường Kim Liên",
                    PostTitle.CHAIR,
                    "Chủ tịch Hội CCB phường Kim Liên"),
            new Holder(
                    false,
                    "Nguyễn Văn Hiếu",
                    MemberGender.MALE,
                    1974,
                    "Ủy ban nhân dân phường Bồ Đề",
                    PostTitle.CHAIR,
                    "Chủ tịch UBND phường Bồ Đề"),
            new Holder(
                    false,
                    "Đặng Văn Bình",
                    MemberGender.MALE,
                    1962,
                    "Ủy ban nhân dân phường Bồ Đề",
                    PostTitle.RESIDENTIAL_GROUP_LEADER,
                    "Tổ trưởng tổ dân phố số 1 phường Bồ Đề"),
            new Holder(
                    false,
                    "Lý Thị Mai",
                    MemberGender.FEMALE,
                    1990,
                    "Ủy ban nhân dân phường Bồ Đề",
                    PostTitle.CIVIL_SERVANT,
                    "Công chức Văn hóa - Xã hội phường Bồ Đề"));

    private final Persons persons;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    PersonDemoData(Persons persons, JdbcClient jdbc, TransactionTemplate transaction) {
        this.persons = persons;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM person").query(Long.class).single() > 0) {
            return;
        }
        transaction.executeWithoutResult(status -> HOLDERS.forEach(this::keep));
    }

    private void keep(Holder holder) {
        var organization = jdbc.sql("SELECT " + TreeSql.openNamed(":name", "CAST(NULL AS bigint)"))
                .param("name", holder.organization())
                .query(Long.class)
                .optional()
                .filter(id -> id != null);
        if (organization.isEmpty()) {
            log.info("Person demo data: {} is missing, {} is not kept", holder.organization(), holder.name());
            return;
        }
        var member = !holder.partyMember()
                ? null
                : jdbc.sql("SELECT id FROM member WHERE full_name = :name ORDER BY id LIMIT 1")
                        .param("name", holder.name())
                        .query(Long.class)
                        .optional()
                        .orElse(null);
        persons.create(
                new PersonInput(
                        holder.name(),
                        holder.gender(),
                        holder.birthYear(),
                        null,
                        null,
                        member,
                        new PostInput(organization.get(), holder.title(), holder.text(), SINCE, null)),
                MemberDemoData.SYSTEM);
    }
}
