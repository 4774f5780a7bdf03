package vn.neuguong.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.neuguong.organization.Organizations.NewOrganization;
import vn.neuguong.organization.StructureChanges.Close;
import vn.neuguong.organization.StructureChanges.Merge;
import vn.neuguong.organization.StructureChanges.Move;
import vn.neuguong.organization.StructureChanges.Rename;
import vn.neuguong.organization.StructureChanges.Update;
import vn.neuguong.shared.InvalidInputException;
import vn.neuguong.web.FormErrors;

/**
 * The HTML forms of the organization pages, each turned into the change it asks for, and how a form answers. Each
 * carries the annotations of the input it becomes, so a page shows the same errors as the API. The edit and rename
 * forms carry the version of the organization they were opened on, as a hidden field.
 */
final class OrganizationForms {

    private OrganizationForms() {}

    record CreateForm(
            Long parentId,
            @NotNull(message = "validation.required") OrganizationKind kind,

            @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.tooLong")
            String levelLabel,

            @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong")
            String name,

            @NotBlank(message = "validation.required")
            @Pattern(regexp = Organization.CODE, message = "organization.code.invalid")
            String code,

            @Size(max = 500, message = "validation.tooLong") String address,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = ISO.DATE)
            LocalDate establishedOn) {

        NewOrganization toNew() {
            return new NewOrganization(
                    parentId, kind, levelLabel.trim(), name.trim(), code.trim(), blankToNull(address), establishedOn);
        }
    }

    record EditForm(
            @NotBlank(message = "validation.required") @Size(max = 100, message = "validation.tooLong")
            String levelLabel,

            @Size(max = 300, message = "validation.tooLong") String name,

            @NotBlank(message = "validation.required")
            @Pattern(regexp = Organization.CODE, message = "organization.code.invalid")
            String code,

            @Size(max = 500, message = "validation.tooLong") String address,
            @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn,
            @NotNull(message = "validation.required") Integer version) {

        static EditForm of(Organization organization) {
            return new EditForm(
                    organization.levelLabel(),
                    organization.name(),
                    organization.code(),
                    organization.address(),
                    null,
                    organization.version());
        }

        Update toUpdate() {
            return new Update(levelLabel, name, code, blankToNull(address), effectiveOn);
        }
    }

    record RenameForm(
            @NotBlank(message = "validation.required") @Size(max = 300, message = "validation.tooLong")
            String name,

            @Pattern(regexp = Organization.CODE_OR_BLANK, message = "organization.code.invalid")
            String code,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = ISO.DATE)
            LocalDate effectiveOn,

            @NotNull(message = "validation.required") Integer version) {

        static RenameForm of(Organization organization, LocalDate effectiveOn) {
            return new RenameForm(organization.name(), organization.code(), effectiveOn, organization.version());
        }

        Rename toRename() {
            return new Rename(name, code, effectiveOn);
        }
    }

    record MoveForm(
            @NotNull(message = "validation.required") Long parentId,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = ISO.DATE)
            LocalDate effectiveOn) {

        Move toMove() {
            return new Move(parentId, effectiveOn);
        }
    }

    record MergeForm(
            List<Long> sourceIds,
            Long targetId,
            @Size(max = 100, message = "validation.tooLong") String levelLabel,
            @Size(max = 300, message = "validation.tooLong") String name,

            @Pattern(regexp = Organization.CODE_OR_BLANK, message = "organization.code.invalid")
            String code,

            @Size(max = 500, message = "validation.tooLong") String address,

            @NotNull(message = "validation.required") @DateTimeFormat(iso = ISO.DATE)
            LocalDate effectiveOn) {

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

    record CloseForm(
            @NotNull(message = "validation.required") @DateTimeFormat(iso = ISO.DATE)
            LocalDate effectiveOn) {

        Close toClose() {
            return new Close(effectiveOn);
        }
    }

    /**
     * Runs the change if the form passed its annotations and redirects to the organization it leaves behind;
     * otherwise, or when a rule of the module refuses it, shows the form again with every error by its field.
     */
    static String attempt(
            BindingResult binding,
            Supplier<Long> change,
            Supplier<String> form,
            Model model,
            RedirectAttributes redirect,
            MessageSource messages,
            Locale locale) {
        if (!binding.hasErrors()) {
            try {
                long id = change.get();
                redirect.addFlashAttribute("saved", true);
                return "redirect:/organizations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.reject(binding, e);
            }
        }
        model.addAttribute("errors", FormErrors.of(binding, messages, locale));
        return form.get();
    }

    /** The page of a change's form; the errors are those the model holds already, or none. */
    static String page(String change, Organization organization, Object form, Model model) {
        model.addAttribute("organization", organization);
        model.addAttribute("form", form);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return "organization/" + change;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
