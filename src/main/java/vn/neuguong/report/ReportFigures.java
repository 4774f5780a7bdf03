package vn.neuguong.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.neuguong.shared.PeriodFigures;

/**
 * The figures every module counts for the reports ({@link PeriodFigures}), as one source: which keys exist, and the
 * figures of a subtree over a period, asking only the modules whose keys are wanted.
 */
@Component
class ReportFigures {

    private final List<PeriodFigures> modules;

    ReportFigures(ObjectProvider<PeriodFigures> modules) {
        this.modules = modules.orderedStream().toList();
    }

    /** Every figure a template may name, module by module, in each module's order. */
    List<String> keys() {
        var keys = new ArrayList<String>();
        modules.forEach(module -> keys.addAll(module.keys()));
        return keys;
    }

    boolean known(String key) {
        return modules.stream().anyMatch(module -> module.keys().contains(key));
    }

    /** The wanted figures of the subtree of {@code organizationId}, 0 for a figure no module counted. */
    Map<String, Long> count(long organizationId, LocalDate from, LocalDate to, Collection<String> wanted) {
        var figures = new HashMap<String, Long>();
        for (var module : modules) {
            if (module.keys().stream().anyMatch(wanted::contains)) {
                figures.putAll(module.count(organizationId, from, to));
            }
        }
        figures.keySet().retainAll(wanted);
        return figures;
    }
}
