package vn.neuguong.meeting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.neuguong.meeting.BridgePointForm.Connection;
import vn.neuguong.meeting.Headcount.Approximation;
import vn.neuguong.meeting.MeetingViews.AttendanceTable;
import vn.neuguong.meeting.MeetingViews.BridgePoint;
import vn.neuguong.meeting.MeetingViews.Figure;
import vn.neuguong.meeting.MeetingViews.Place;
import vn.neuguong.member.MemberSql;
import vn.neuguong.organization.TreeSql;

/**
 * Where a meeting's attendees sit: the hall and the bridge points, as a tree (a district's point, its ward points
 * under it), with the headcounts of each and the one attendance table that sums them.
 */
@Component
class Places {

    private final JdbcClient jdbc;

    Places(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private record PointRow(
            long id,
            Long parentId,
            long organizationId,
            String organizationName,
            String site,
            Long hostMemberId,
            String hostName,
            Integer capacity,
            Connection connection,
            int version) {}

    private record GroupRow(
            Long bridgePointId, String label, Integer expected, Integer actual, Approximation approximation) {

        Headcount headcount() {
            return new Headcount(label, expected, actual, approximation);
        }
    }

    /** The hall's headcount groups. */
    List<Headcount> hall(long meetingId) {
        return groups(meetingId).getOrDefault(null, List.of());
    }

    /** The bridge points depth first, each level in the order of the organizations' names. */
    List<BridgePoint> bridgePoints(long meetingId) {
        var rows = jdbc.sql("SELECT b.id, b.parent_id, b.organization_id, " + TreeSql.name("b.organization_id")
                        + " AS organization_name, b.site, b.host_member_id, COALESCE("
                        + MemberSql.fullName("b.host_member_id") + ", b.host_name) AS host_name, b.capacity,"
                        + " b.connection, b.version FROM meeting_bridge_point b WHERE b.meeting_id = :id ORDER BY "
                        + TreeSql.name("b.organization_id") + " COLLATE vi_icu, b.id")
                .param("id", meetingId)
                .query(PointRow.class)
                .list();
        var groups = groups(meetingId);
        var ordered = new ArrayList<BridgePoint>();
        addChildren(null, 0, rows, groups, ordered);
        return ordered;
    }

    private static void addChildren(
            Long parentId, int depth, List<PointRow> rows, Map<Long, List<Headcount>> groups, List<BridgePoint> into) {
        for (var row : rows) {
            if (Objects.equals(row.parentId(), parentId)) {
                into.add(new BridgePoint(
                        row.id(),
                        row.parentId(),
                        depth,
                        row.organizationId(),
                        row.organizationName(),
                        row.site(),
                        row.hostMemberId(),
                        row.hostName(),
                        row.capacity(),
                        row.connection(),
                        row.version(),
                        groups.getOrDefault(row.id(), List.of())));
                addChildren(row.id(), depth + 1, rows, groups, into);
            }
        }
    }

    /** The headcount groups of every place of the meeting, keyed by bridge point (null: the hall). */
    private Map<Long, List<Headcount>> groups(long meetingId) {
        var byPlace = new LinkedHashMap<Long, List<Headcount>>();
        jdbc.sql("SELECT h.bridge_point_id, h.label, h.expected, h.actual, h.approximation FROM meeting_headcount h"
                        + " WHERE h.meeting_id = :id ORDER BY h.bridge_point_id NULLS FIRST, h.position")
                .param("id", meetingId)
                .query(GroupRow.class)
                .list()
                .forEach(row -> byPlace.computeIfAbsent(row.bridgePointId(), k -> new ArrayList<>())
                        .add(row.headcount()));
        return byPlace;
    }

    /** The hall and every bridge point as rows, each summed over its groups, and the totals of them all. */
    static AttendanceTable table(Meeting meeting, String hostName, List<Headcount> hall, List<BridgePoint> points) {
        var places = new ArrayList<Place>();
        if (meeting.format() != Meeting.Format.ONLINE || !hall.isEmpty()) {
            places.add(place(null, 0, meeting.venue() == null ? hostName : meeting.venue(), hall));
        }
        points.forEach(p -> places.add(place(p.id(), p.depth() + 1, p.organizationName(), p.groups())));
        return new AttendanceTable(
                places,
                sum(places.stream().map(Place::expected).toList()),
                sum(places.stream().map(Place::actual).toList()));
    }

    private static Place place(Long bridgePointId, int depth, String name, List<Headcount> groups) {
        var expected = groups.stream()
                .map(g -> new Figure(g.expected(), Approximation.EXACT))
                .toList();
        var actual =
                groups.stream().map(g -> new Figure(g.actual(), g.reported())).toList();
        return new Place(bridgePointId, depth, name, groups, sum(expected), sum(actual));
    }

    /** The sum of the figures reported (none: no value), with the word {@link Approximation#ofSum} keeps. */
    static Figure sum(List<Figure> figures) {
        var reported = figures.stream().filter(f -> f.value() != null).toList();
        if (reported.isEmpty()) {
            return new Figure(null, Approximation.EXACT);
        }
        int total = reported.stream().mapToInt(Figure::value).sum();
        return new Figure(
                total,
                Approximation.ofSum(reported.stream().map(Figure::approximation).toList()));
    }
}
