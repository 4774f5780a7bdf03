package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * The people who hold posts in an organization without being counted as its party members: the head and staff of a
 * unit (Chủ tịch Ủy ban MTTQ, Bí thư Đoàn, công chức), or the staff of a committee's offices. The member module, which
 * keeps them as persons, implements it, so that this module never names its tables (docs/DESIGN.md, "Module seams").
 */
public interface UnitPeople {

    /** Who holds a post in the organization on the day, heads first, then by name. */
    List<PostHolder> holders(long organizationId, LocalDate on);

    /**
     * A person holding a post: {@code title} is the post's kind (CHAIR, SECRETARY, ... as the member module names
     * them), {@code titleText} the wording of the post as the unit writes it.
     */
    record PostHolder(long personId, String fullName, String title, String titleText, LocalDate startedOn) {}
}
