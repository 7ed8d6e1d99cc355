package org.myelin.cohort.check;

import java.util.List;
import java.util.Objects;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.Window;

/** A window whose start lies after its end can never hold an event. */
final class ImpossibleWindowCheck implements DefinitionCheck {

    @Override
    public List<Finding> check(CohortExpression expression, List<ModelNode> nodes) {
        return nodes.stream()
                .filter(node -> node.value() instanceof Window)
                .map(node -> finding(node.path(), (Window) node.value()))
                .filter(Objects::nonNull)
                .toList();
    }

    private static Finding finding(String path, Window window) {
        Integer start = window.start().offset();
        Integer end = window.end().offset();
        if (start == null && end == null) {
            return null;
        }
        boolean impossible = start != null && end != null ? start > end
                // an open start reaches back (or forward) without limit; it only fails against an end on the wrong side
                : start == null ? window.start().coeff() == 1 && end != null : window.end().coeff() == -1;
        if (!impossible) {
            return null;
        }
        return new Finding(Finding.Severity.ERROR, path, "the window starts at " + describe(start, window.start().coeff())
                + " but ends at " + describe(end, window.end().coeff()) + ", so no event can fall inside it");
    }

    private static String describe(Integer offset, int coeff) {
        if (offset == null) {
            return coeff == -1 ? "all days before" : "all days after";
        }
        return offset == 0 ? "the index date" : Math.abs(offset) + (offset < 0 ? " days before" : " days after");
    }
}
