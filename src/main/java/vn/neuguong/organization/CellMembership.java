package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * What the tree needs of the members in its cells, so that this module never names the member tables (docs/DESIGN.md,
 * "Module seams"): the member module, which depends on this one, implements it. A structure change calls it inside
 * its own transaction, so the members' rows and their audit rows are kept or lost with the change. The caller has
 * checked the scope: every id given lies inside it.
 */
public interface CellMembership {

    /** The active members of a cell, in id order. */
    List<Long> activeMembers(long cellId);

    /** The active members of a cell with their names, in name order: the split form lists them. */
    List<CellMember> activeMembersByName(long cellId);

    /**
     * Moves members from one cell to another on a date: their open stay in the old cell ends and a new one starts,
     * noted with {@code changeKind} (MERGE, SPLIT), each with its audit row.
     */
    void move(List<Long> memberIds, long fromCell, long toCell, LocalDate on, String changeKind);

    /** Ends on the date every position held in an organization that closes. */
    void endPositions(long organizationId, LocalDate on);

    /** The members holding a position in the organization now, the secretary first. */
    List<Officer> officers(long organizationId);

    /** The members sitting on the day in a body of the committee (Ban Thường vụ, ...), by rank then name. */
    List<Officer> body(long committeeId, CommitteeBody body, LocalDate on);

    /** How many active members the cells of the organization's subtree hold. */
    long activeMemberCount(long organizationId);

    /** A member of a cell, as the split form lists them. */
    record CellMember(long id, String fullName) {}

    /** A member holding a position: {@code title} is the position's title (SECRETARY, ...). */
    record Officer(long memberId, String fullName, String title, LocalDate startedOn) {}
}
