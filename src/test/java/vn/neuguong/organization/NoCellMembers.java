package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;

/**
 * The members' side of the tree for a slice that leaves the member module out: a tree whose cells hold nobody, so
 * a structure change has no member to move and an organization no officer, head or staff to show.
 */
@TestComponent
public class NoCellMembers implements CellMembership, UnitPeople {

    @Override
    public List<PostHolder> holders(long organizationId, LocalDate on) {
        return List.of();
    }

    @Override
    public List<Long> activeMembers(long cellId) {
        return List.of();
    }

    @Override
    public List<CellMember> activeMembersByName(long cellId) {
        return List.of();
    }

    @Override
    public void move(List<Long> memberIds, long fromCell, long toCell, LocalDate on, String changeKind) {
        if (!memberIds.isEmpty()) {
            throw new IllegalStateException("A tree without members has no member " + memberIds + " to move");
        }
    }

    @Override
    public void endPositions(long organizationId, LocalDate on) {}

    @Override
    public List<Officer> officers(long organizationId) {
        return List.of();
    }

    @Override
    public List<Officer> body(long committeeId, CommitteeBody body, LocalDate on) {
        return List.of();
    }

    @Override
    public long activeMemberCount(long organizationId) {
        return 0;
    }
}
