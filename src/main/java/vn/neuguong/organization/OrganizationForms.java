package vn.neuguong.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.StructureChanges.Close;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Move;
import vn.neuguong.organization.StructureChanges.Part;
import vn.neuguong.organization.StructureChanges.Rename;
import vn.neuguong.organization.StructureChanges.Split;
import vn.neuguong.organization.StructureChanges.Update;
import vn.neuguong.shared.InvalidInputException;

/** The HTML forms of the organization pages, each turned into the change it asks for, and how a form answers. */
final class OrganizationForms {

    private OrganizationForms() {}

    record CreateForm(
            Long parentId,
            OrganizationKind kind,
            String levelLabel,
            String name,
            String code,
            String address,
            @DateTimeFormat(iso = ISO.DATE) LocalDate establishedOn) {

        NewOrganization toNew() {
            return new NewOrganization(
                    parentId, kind, trim(levelLabel), trim(name), trim(code), blankToNull(address), establishedOn);
        }
    }

    record EditForm(
            String levelLabel,
            String name,
            String code,
            String address,
            @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {

        static EditForm of(Organization organization) {
            return new EditForm(
                    organization.levelLabel(), organization.name(), organization.code(), organization.address(), null);
        }

        Update toUpdate() {
            return new Update(levelLabel, name, code, blankToNull(address), effectiveOn);
        }
    }

    record RenameForm(
            String name,
            String code,
            @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {

        Rename toRename() {
            return new Rename(name, code, effectiveOn);
        }
    }

    record MoveForm(
            Long parentId, @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {

        Move toMove() {
            return new Move(parentId, effectiveOn);
        }
    }

    record MergeForm(
            List<Long> sourceIds,
            Long targetId,
            String levelLabel,
            String name,
            String code,
            String address,
            @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {

        Merge toMerge() {
            return new Merge(
                    sourceIds == null ? List.of() : sourceIds,
                    targetId,
                    null,
                    levelLabel,
                    name,
                    code,
                    blankToNull(address),
                    effectiveOn);
        }

        public boolean selects(long id) {
            return sourceIds != null && sourceIds.contains(id);
        }
    }

    record CloseForm(@DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {

        Close toClose() {
            return new Close(effectiveOn);
        }
    }

    /**
     * The split form: rows of parts ({@code partName}, {@code partCode}, {@code partLevel}; a row without a name is
     * left out), and for each child organization {@code child.<id>} and each member {@code member.<id>} the number of
     * the row it goes to.
     */
    record SplitForm(
            LocalDate effectiveOn,
            List<String> partNames,
            List<String> partCodes,
            List<String> partLevels,
            Map<Long, Integer> children,
            Map<Long, Integer> members) {

        static final int ROWS = 3;

        static SplitForm empty() {
            return new SplitForm(null, List.of(), List.of(), List.of(), Map.of(), Map.of());
        }

        static SplitForm of(Map<String, String[]> parameters) {
            LocalDate effectiveOn = null;
            var effective = first(parameters, "effectiveOn");
            if (effective != null && !effective.isBlank()) {
                try {
                    effectiveOn = LocalDate.parse(effective);
                } catch (java.time.format.DateTimeParseException e) {
                    effectiveOn = null;
                }
            }
            return new SplitForm(
                    effectiveOn,
                    all(parameters, "partName"),
                    all(parameters, "partCode"),
                    all(parameters, "partLevel"),
                    assignments(parameters, "child."),
                    assignments(parameters, "member."));
        }

        Split toSplit() {
            var parts = new ArrayList<Part>();
            var rows = new ArrayList<Integer>();
            for (int i = 0; i < partNames.size(); i++) {
                String code = i < partCodes.size() ? partCodes.get(i) : null;
                if ((partNames.get(i) == null || partNames.get(i).isBlank()) && (code == null || code.isBlank())) {
                    continue;
                }
                rows.add(i);
                parts.add(new Part(i < partLevels.size() ? partLevels.get(i) : null, partNames.get(i), code, null));
            }
            return new Split(effectiveOn, parts, renumber(children, rows), renumber(members, rows));
        }

        public String name(int row) {
            return row < partNames.size() ? partNames.get(row) : null;
        }

        public String code(int row) {
            return row < partCodes.size() ? partCodes.get(row) : null;
        }

        public int childPart(long id) {
            return children.getOrDefault(id, 0);
        }

        public int memberPart(long id) {
            return members.getOrDefault(id, 0);
        }

        /** Form rows count blank ones; the parts of the change do not. */
        private static Map<Long, Integer> renumber(Map<Long, Integer> assignments, List<Integer> rows) {
            var renumbered = new LinkedHashMap<Long, Integer>();
            assignments.forEach((id, row) -> renumbered.put(id, rows.contains(row) ? rows.indexOf(row) : -1));
            return renumbered;
        }

        private static String first(Map<String, String[]> parameters, String name) {
            var values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        private static List<String> all(Map<String, String[]> parameters, String name) {
            var values = parameters.get(name);
            return values == null ? List.of() : List.of(values);
        }

        private static Map<Long, Integer> assignments(Map<String, String[]> parameters, String prefix) {
            var assignments = new LinkedHashMap<Long, Integer>();
            parameters.forEach((name, values) -> {
                if (name.startsWith(prefix) && values.length > 0) {
                    var id = number(name.substring(prefix.length()));
                    if (id != null) {
                        var row = number(values[0]);
                        assignments.put(id, row == null ? -1 : row.intValue());
                    }
                }
            });
            return assignments;
        }
    }

    /** Runs the change and redirects to the organization it leaves behind, or shows the form with its errors. */
    static String attempt(
            BindingResult binding,
            Supplier<Long> change,
            Function<Map<String, String>, String> formWithErrors,
            RedirectAttributes redirect) {
        if (binding.hasFieldErrors()) {
            var errors = new LinkedHashMap<String, String>();
            binding.getFieldErrors().forEach(error -> errors.putIfAbsent(error.getField(), "validation.invalid"));
            return formWithErrors.apply(errors);
        }
        try {
            long id = change.get();
            redirect.addFlashAttribute("saved", true);
            return "redirect:/organizations/" + id;
        } catch (InvalidInputException e) {
            return formWithErrors.apply(e.firstByField());
        }
    }

    static String page(String change, Organization organization, Object form, Map<String, String> errors, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "organization/" + change;
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
